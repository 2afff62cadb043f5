// What the rule-file loader says (src/load/plans.ts, yaml-file.ts, check-model.ts), in Chinese and English.
// Cross-file checks of the model are in guard-messages.ts (modelText); zod issues in zod-issues.ts.
import type { Bilingual, Samples } from '../bilingual.js';

/** The YAML parser's error codes in Chinese; its English message is kept for English. */
const YAML_PROBLEMS_ZH: Readonly<Record<string, string>> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '别名无效',
  BAD_DIRECTIVE: '指令无效',
  BAD_DQ_ESCAPE: '双引号字符串中的转义无效',
  BAD_INDENT: '缩进不对',
  BAD_PROP_ORDER: '锚点和标签的位置不对',
  BAD_SCALAR_START: '值的开头字符无效（含 : 或 # 等的值请加引号）',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能作为键',
  BLOCK_IN_FLOW: '花括号或方括号内不能有块结构',
  DUPLICATE_KEY: '同一个键出现两次',
  KEY_OVER_1024_CHARS: '键超过 1024 个字符',
  MISSING_CHAR: '缺少字符（如未闭合的引号或括号）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  MULTIPLE_ANCHORS: '一个节点有多个锚点',
  MULTIPLE_DOCS: '一个文件中有多个文档',
  MULTIPLE_TAGS: '一个节点有多个标签',
  NON_STRING_KEY: '键不是字符串',
  TAB_AS_INDENT: '用制表符缩进（应使用空格）',
  UNEXPECTED_TOKEN: '出现了意外的符号',
};

export const planText = {
  pathMissing: { zh: '文件或文件夹不存在；应为规则文件夹或 .yaml 规则文件', en: 'no such file or folder; expected a plans folder or a .yaml rule file' },
  noRuleFiles: { zh: '没有找到 .yaml 规则文件；应为规划（plan）、规则（rules）和指标（indicators）文件', en: 'no .yaml rule files found; expected plan, rules and indicators files' },
  binary: { zh: '文件含 NUL 字节（二进制内容）；应为 UTF-8 编码的 YAML 文本文件', en: 'file contains NUL bytes; expected a UTF-8 YAML text file' },
  notUtf8: { zh: '文件不是 UTF-8 文本（是否存为 GBK/GB18030？）；应为 UTF-8 编码的 YAML 文件', en: 'file is not UTF-8 text (saved as GBK/GB18030?); expected a UTF-8 YAML file' },
  yamlSyntax: (code: string, detail: string): Bilingual => ({ zh: `YAML 语法错误：${YAML_PROBLEMS_ZH[code] ?? '无法解析'}`, en: `YAML syntax: ${detail}` }),
  yamlUnreadable: (detail: string): Bilingual => ({ zh: 'YAML 无法读取', en: `YAML: ${detail}` }),
  tooDeep: { zh: '嵌套层数太多（数百层），无法读取；规则文件应只嵌套几层', en: 'nesting is too deep to read (hundreds of levels); expected a rule file nested a few levels deep' },
  tooManyAliases: (detail: string): Bilingual => ({ zh: '别名过多：至多展开 100 个', en: `${detail} (too many aliases: at most 100 are expanded)` }),
  schemaAt: (issue: Bilingual, path: string): Bilingual => ({
    zh: path ? `${path}：${issue.zh}` : issue.zh,
    en: path ? `${issue.en} at ${path}` : issue.en,
  }),
  unknownPlan: (plan: string, known: string): Bilingual => ({
    zh: `未知规划“${plan}”；应为以下之一：${known || '（没有读入规划文件）'}`,
    en: `unknown plan "${plan}"; expected one of: ${known || '(no plan file loaded)'}`,
  }),
  unknownDomain: (domain: string, plan: string, known: string): Bilingual => ({
    zh: `规划 ${plan} 中没有领域“${domain}”；应为以下之一：${known}`,
    en: `unknown domain "${domain}" in plan ${plan}; expected one of: ${known}`,
  }),
  unknownIndicator: (indicator: string): Bilingual => ({ zh: `指标“${indicator}”没有定义；应为指标文件中的编号`, en: `indicator "${indicator}" is not defined; expected an id from an indicators file` }),
  unknownReference: (indicator: string): Bilingual => ({ zh: `参照指标“${indicator}”没有定义；应为指标文件中的编号`, en: `reference indicator "${indicator}" is not defined; expected an id from an indicators file` }),
  unknownPart: (part: 'numerator' | 'denominator', id: string, indicator: string): Bilingual => ({
    zh: `${indicator} 的${part === 'numerator' ? '分子' : '分母'}“${id}”没有定义；应为指标编号`,
    en: `${part} "${id}" of ${indicator} is not defined; expected an indicator id`,
  }),
  derivationCycle: (cycle: string): Bilingual => ({ zh: `派生指标形成循环：${cycle}；派生关系最终应落到填报的计数上`, en: `derived indicators form a cycle: ${cycle}; expected a derivation that ends in reported counts` }),
  unknownDimension: (dimension: string, known: string): Bilingual => ({
    zh: `维度“${dimension}”没有声明；应为以下之一：${known || '（没有读入维度定义）'}`,
    en: `dimension "${dimension}" is not declared; expected one of: ${known || '(no dimensions file loaded)'}`,
  }),
  notAValueOf: (unit: string, dimension: string, values: string): Bilingual => ({
    zh: `“${unit}”不是维度 ${dimension} 的取值；应为以下之一：${values}`,
    en: `"${unit}" is not a value of dimension ${dimension}; expected one of: ${values}`,
  }),
};

export const planSamples: Samples<typeof planText> = {
  pathMissing: [],
  noRuleFiles: [],
  binary: [],
  notUtf8: [],
  yamlSyntax: ['BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented'],
  yamlUnreadable: ['Excessive alias count'],
  tooDeep: [],
  tooManyAliases: ['Excessive alias count'],
  schemaAt: [{ zh: '缺少必填字段', en: 'Invalid input' }, 'rules.3.check.target'],
  unknownPlan: ['p-2021', 'women-2021-2025'],
  unknownDomain: ['d', 'women-2021-2025', 'health'],
  unknownIndicator: ['x'],
  unknownReference: ['x'],
  unknownPart: ['numerator', 'x', 'rate'],
  derivationCycle: ['a → b → a'],
  unknownDimension: ['x', 'township'],
  notAValueOf: ['x', 'area', '城镇, 农村'],
};
