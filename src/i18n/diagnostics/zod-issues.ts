// zod's issues with rule files in Chinese and English: English keeps zod's own sentence, Chinese is built from the
// issue's code and figures. Messages the schemas set themselves are bilingual ("中文 / English") or listed here.
import type { Bilingual, Samples } from '../bilingual.js';

export interface IssueLike {
  code: string;
  message: string;
  expected?: unknown;
  keys?: string[];
  values?: unknown[];
  options?: unknown[];
  note?: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}

const TYPES_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '映射（键: 值）',
  undefined: '空缺',
  null: '空值',
};

/** Messages set in the schemas (src/schema, src/kinds) in English only. */
const CUSTOM_ZH: Readonly<Record<string, string>> = {
  'upper-case id such as W-HEALTH-3a or C-HEALTH-M8': '大写编号，如 W-HEALTH-3a 或 C-HEALTH-M8',
  'lower-case id: letters, digits and _': '小写编号：字母、数字和 _',
};

export const zodIssueText = {
  unknownField: (keys: string): Bilingual => ({
    zh: `未知字段 ${keys}；只能使用规则文件格式中的字段（plans/plancheck.schema.json）`,
    en: `unknown field ${keys}; expected only the fields of the schema (plans/plancheck.schema.json)`,
  }),
  missing: (expected: string, en: string): Bilingual => ({ zh: `缺少必填字段；应为${TYPES_ZH[expected] ?? expected}`, en }),
  wrongType: (expected: string, received: string, en: string): Bilingual => ({
    zh: `类型不对：应为${TYPES_ZH[expected] ?? expected}，实际为${TYPES_ZH[received] ?? received}`,
    en,
  }),
  notOneOf: (values: string, en: string): Bilingual => ({ zh: `取值无效；应为以下之一：${values}`, en }),
  unknownKind: (field: string, values: string, en: string): Bilingual => ({ zh: `${field} 的取值无效；应为以下之一：${values}`, en }),
  tooSmall: (origin: string, minimum: string, en: string): Bilingual => ({
    zh: origin === 'string' ? `太短：至少 ${minimum} 个字符` : origin === 'array' ? `项数太少：至少 ${minimum} 项` : `太小：应不小于 ${minimum}`,
    en,
  }),
  tooBig: (origin: string, maximum: string, en: string): Bilingual => ({
    zh: origin === 'string' ? `太长：至多 ${maximum} 个字符` : origin === 'array' ? `项数太多：至多 ${maximum} 项` : `太大：应不大于 ${maximum}`,
    en,
  }),
  notInteger: { zh: '应为整数', en: 'expected an integer' },
  needsIndicator: (kind: string): Bilingual => ({ zh: `${kind} 类规则须有 indicator（指标）`, en: `a ${kind} rule needs an indicator` }),
  custom: (zh: string, en: string): Bilingual => ({ zh, en }),
  other: (en: string): Bilingual => ({ zh: '不符合规则文件格式（plans/plancheck.schema.json）', en }),
};

export const zodIssueSamples: Samples<typeof zodIssueText> = {
  unknownField: ['"extra"'],
  missing: ['number', 'Invalid input: expected number, received undefined'],
  wrongType: ['number', 'string', 'Invalid input: expected number, received string'],
  notOneOf: ['"goal" | "measure"', 'Invalid option: expected one of "goal"|"measure"'],
  unknownKind: ['kind', 'at_least | at_most', "Invalid discriminator value. Expected 'at_least' | 'at_most'"],
  tooSmall: ['string', '1', 'Too small: expected string to have >=1 characters'],
  tooBig: ['array', '3', 'Too big: expected array to have <=3 items'],
  notInteger: [],
  needsIndicator: ['at_least'],
  custom: ['大写编号', 'upper-case id'],
  other: ['Invalid input'],
};

/** One zod issue in both languages. `field` is the last key of its path (the discriminator of a union). */
export function describeIssue(issue: IssueLike, field: string): Bilingual {
  const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' | ');
  // A message the schema set itself says more than one built from the code.
  const own = ownMessage(issue.message);
  if (own !== undefined) return own;
  switch (issue.code) {
    case 'unrecognized_keys':
      return zodIssueText.unknownField((issue.keys ?? []).map((k) => `"${k}"`).join(', '));
    case 'invalid_type': {
      const expected = String(issue.expected ?? '');
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? '';
      return received === 'undefined' ? zodIssueText.missing(expected, issue.message) : zodIssueText.wrongType(expected, received, issue.message);
    }
    case 'invalid_value':
      return zodIssueText.notOneOf(list(issue.values ?? []), issue.message);
    case 'invalid_union':
      if (issue.options !== undefined) return zodIssueText.unknownKind(field, list(issue.options), issue.message);
      return zodIssueText.other(issue.message);
    case 'too_small':
      return zodIssueText.tooSmall(issue.origin ?? '', String(issue.minimum), issue.message);
    case 'too_big':
      return zodIssueText.tooBig(issue.origin ?? '', String(issue.maximum), issue.message);
    default:
      return zodIssueText.other(issue.message);
  }
}

/** A schema's own message: "中文 / English", one listed in CUSTOM_ZH, or "a <kind> rule needs an indicator". */
function ownMessage(message: string): Bilingual | undefined {
  const split = /^(.*?[\u4e00-\u9fff].*?) \/ (.*)$/.exec(message);
  if (split) return zodIssueText.custom(split[1]!, split[2]!);
  const zh = CUSTOM_ZH[message];
  if (zh !== undefined) return zodIssueText.custom(zh, message);
  const kind = /^a (\w+) rule needs an indicator$/.exec(message)?.[1];
  return kind === undefined ? undefined : zodIssueText.needsIndicator(kind);
}
