// The message catalogue of the command-line layer: every message a user reads has a code and a Chinese and an
// English text. Rule ids, file names and option names stay as they are in both languages.
import type { Lang } from './format.js';

type Params = Record<string, string | number>;
type Text = string | ((p: Params) => string);


export const MESSAGES = {
  internalError: { zh: (p) => `内部错误：${p.detail}`, en: (p) => `internal error: ${p.detail}` },
  runWithDebug: { zh: '请加 --debug 重新运行以查看调用栈，并报告此问题。', en: 'Run again with --debug for the stack trace, and report it.' },
  langUnsupported: { zh: (p) => `--lang "${p.value}" 不支持；应为 zh 或 en`, en: (p) => `--lang "${p.value}" is not supported; expected zh or en` },
  encodingUnsupported: {
    zh: (p) => `--encoding "${p.value}" 不支持；应为 utf-8、gb18030 或 gbk`,
    en: (p) => `--encoding "${p.value}" is not supported; expected utf-8, gb18030 or gbk`,
  },
  notAStatus: {
    zh: (p) => `${p.option} "${p.value}" 不是状态；应为以逗号分隔的：${p.expected}`,
    en: (p) => `${p.option} "${p.value}" is not a status; expected a comma-separated list of: ${p.expected}`,
  },
  notAYear: { zh: (p) => `${p.option} "${p.value}" 不是年份；应为四位数字，如 2024`, en: (p) => `${p.option} "${p.value}" is not a year; expected four digits such as 2024` },
  formatUnsupported: {
    zh: (p) => `--format "${p.value}" 在此不支持；应为：${p.expected}`,
    en: (p) => `--format "${p.value}" is not supported here; expected one of: ${p.expected}`,
  },
  filterSelectsNothing: {
    zh: '--plan/--domain/--lead 没有选中任何规则；请换一个至少选中一条规则的条件（plancheck list 可列出规则）',
    en: 'no rules match --plan/--domain/--lead; expected a filter that selects at least one rule (plancheck list shows them)',
  },
  planNoMatch: { zh: (p) => `--plan "${p.value}" 没有对应的规划；应为：${p.expected}`, en: (p) => `--plan "${p.value}" matches no plan; expected one of: ${p.expected}` },
  domainNoMatch: { zh: (p) => `--domain "${p.value}" 没有对应的领域；应为：${p.expected}`, en: (p) => `--domain "${p.value}" matches no domain; expected one of: ${p.expected}` },
  notARuleId: { zh: (p) => `"${p.value}" 不是规则编号；plancheck list 可列出规则编号`, en: (p) => `"${p.value}" is not a rule id; plancheck list shows the rule ids` },
  neitherRuleNorPath: {
    zh: (p) => `"${p.value}" 既不是规则编号，也不是存在的数据文件或文件夹`,
    en: (p) => `"${p.value}" is neither a rule id nor an existing data file or folder`,
  },
  rulesExcluded: {
    zh: (p) => `规则 ${p.rules} 被 --plan/--domain/--lead 排除；应为筛选条件保留的规则`,
    en: (p) => `rule ${p.rules} is excluded by --plan/--domain/--lead; expected rules the filters keep`,
  },
  noSuchRule: {
    zh: (p) => `没有规则 "${p.value}"；应为规则编号，如 ${p.near}（plancheck list 可列出全部规则）`,
    en: (p) => `no rule "${p.value}"; expected a rule id such as ${p.near} (plancheck list shows them all)`,
  },
  cannotReadResults: {
    zh: (p) => `无法读取 ${p.file}：${p.reason}；应为 plancheck evaluate --format json 写出的结果文件`,
    en: (p) => `cannot read ${p.file}: ${p.reason}; expected a results file written by plancheck evaluate --format json`,
  },
  diffArguments: {
    zh: (p) => `diff 需要两个结果文件（旧 新），或 --from <年份> [--to <年份>] 加数据；现在有 ${p.count} 个参数`,
    en: (p) => `diff needs two results files (old new), or --from <year> [--to <year>] with data; got ${p.count} argument${p.count === 1 ? '' : 's'}`,
  },
  toNeedsFrom: { zh: '--to 需要与 --from <年份> 一起使用；例如 --from 2023 --to 2024', en: '--to needs --from <year>; expected e.g. --from 2023 --to 2024' },
  noCommonPlan: {
    zh: (p) => `${p.older} 与 ${p.newer} 没有共同的规划（${p.olderPlans} 对 ${p.newerPlans}）；应为同一规划的结果`,
    en: (p) => `${p.older} and ${p.newer} have no plan in common (${p.olderPlans} vs ${p.newerPlans}); expected results of the same plans`,
  },
  resultsFilterNoMatch: {
    zh: (p) => `--${p.key} "${p.value}" 在结果中没有对应项；应为：${p.expected}`,
    en: (p) => `--${p.key} "${p.value}" matches no ${p.key} in the results; expected one of: ${p.expected}`,
  },
  splitNeedsFolder: {
    zh: '--split-by-lead 需要一个文件夹：--split-by-lead <文件夹> 或 --output <文件夹>',
    en: '--split-by-lead needs a folder: --split-by-lead <dir> or --output <dir>',
  },
  initExists: {
    zh: (p) => `${p.folder} 已经是工作文件夹（有 使用说明.txt 或 data 中已有文件）；为免覆盖已填的数，请换一个新文件夹`,
    en: (p) => `${p.folder} is already a working folder (使用说明.txt or files in data/); expected a new folder, so that no filled-in figures are overwritten`,
  },
  initDone: {
    zh: (p) => `已建立 ${p.folder}：data 中 ${p.count} 张填报表，步骤见 ${p.instructions}`,
    en: (p) => `Set up ${p.folder}: ${p.count} sheets in data/, the steps in ${p.instructions}`,
  },
  workbooksWritten: { zh: (p) => `已在 ${p.dir} 写入 ${p.count} 个工作簿`, en: (p) => `${p.count} workbooks written to ${p.dir}` },
  xlsxNeedsOutput: {
    zh: '--format xlsx 写的是工作簿，不是文本；请加 --output <文件.xlsx> 或 --split-by-lead <文件夹>',
    en: '--format xlsx writes a workbook, not text; expected --output FILE.xlsx or --split-by-lead DIR',
  },
  sheetsWritten: { zh: (p) => `已在 ${p.dir} 写入 ${p.count} 张填报表`, en: (p) => `${p.count} sheets written to ${p.dir}` },
  dataRows: {
    zh: (p) => `数据行：读入 ${p.read}，使用 ${p.used}，未使用 ${p.unused}（plancheck validate 列出每一行的原因）`,
    en: (p) => `Data rows: ${p.read} read, ${p.used} used, ${p.unused} not used (plancheck validate lists each with its reason)`,
  },
  moreWarnings: {
    zh: (p) => `另有 ${p.count} 条同类警告（${p.code}）未列出；plancheck validate 列出全部`,
    en: (p) => `${p.count} more warnings of this kind (${p.code}) not listed; plancheck validate lists them all`,
  },
  moreNotes: {
    zh: (p) => `另有 ${p.count} 条同类提示（${p.code}）未列出；plancheck validate 列出全部`,
    en: (p) => `${p.count} more notes of this kind (${p.code}) not listed; plancheck validate lists them all`,
  },
  notUsed: { zh: '未使用', en: 'not used' },
  validateRulesSummary: {
    zh: (p) => `规则文件 ${p.files} 个，规则 ${p.rules} 条，错误 ${p.errors} 个`,
    en: (p) => `${p.files} rule files, ${p.rules} rules, ${p.errors} errors`,
  },
  validateSummary: {
    zh: (p) => `规则文件 ${p.files} 个，规则 ${p.rules} 条；数据文件 ${p.dataFiles} 个，读入 ${p.read} 行，使用 ${p.used} 行，未使用 ${p.unused} 行；错误 ${p.errors} 个，警告 ${p.warnings} 个`,
    en: (p) => `${p.files} rule files, ${p.rules} rules; ${p.dataFiles} data files, ${p.read} rows read, ${p.used} used, ${p.unused} not used; ${p.errors} errors, ${p.warnings} warnings`,
  },
  progressRows: { zh: (p) => `已读入 ${p.count} 行（${p.file}）…`, en: (p) => `${p.count} rows read (${p.file})…` },
  progressEvaluating: { zh: (p) => `评估 ${p.count} 条规则…`, en: (p) => `evaluating ${p.count} rules…` },
  noYearsCovered: { zh: '无', en: 'none' },
  yearBeforeBaseline: {
    zh: (p) => `${p.option} ${p.year} 早于规划基期 ${p.baseline} 年；数据覆盖的年份：${p.covered}`,
    en: (p) => `${p.option} ${p.year} is before the plans' baseline year ${p.baseline}; the data covers ${p.covered}`,
  },
  yearOutsideData: {
    zh: (p) => `${p.option} ${p.year} 不在数据覆盖的年份内（${p.covered}）；不会用其他年份的数值代替，请提供 ${p.year} 年的数据或选择 ${p.covered} 中的年份`,
    en: (p) => `${p.option} ${p.year} is outside the years the data covers (${p.covered}); values of other years are not used in its place: give data for ${p.year} or choose a year in ${p.covered}`,
  },
  defaultYear: {
    zh: (p) => `评估年份：${p.year}（数据中最新的年份），${p.judged}/${p.total} 条规则有判定；可用 --year 另选`,
    en: (p) => `Year ${p.year} (latest in the data): ${p.judged} of ${p.total} rules judged; --year picks another`,
  },
  previousYearJudges: { zh: (p) => `${p.year}年可判定 ${p.judged} 条规则：--year ${p.year}`, en: (p) => `${p.year} can judge ${p.judged} rules: --year ${p.year}` },
  filterMatchesNoRule: {
    zh: (p) => `${p.option} "${p.value}" 没有匹配的规则；可用的有：${p.suggestions}${p.extra}`,
    en: (p) => `${p.option} "${p.value}" matches no rule; did you mean: ${p.suggestions}${p.extra}`,
  },
  leadShortNames: { zh: (p) => `（也可用简称，如 ${p.names}）`, en: (p) => ` (short names work too, e.g. ${p.names})` },
  filtersTogetherNoMatch: {
    zh: (p) => `${p.given} 组合起来没有匹配的规则；plancheck list 列出每条规则及其规划、领域和牵头单位`,
    en: (p) => `${p.given} together match no rule; plancheck list shows each rule with its plan, domain and lead`,
  },
  listSeparator: { zh: '、', en: ', ' },
  sampleWithData: {
    zh: (p) => `--sample 不能与数据文件（${p.files}）同时使用；二者选其一`,
    en: (p) => `--sample cannot be combined with data files (${p.files}); expected one or the other`,
  },
  noDataFolder: {
    zh: (p) => `当前文件夹（${p.cwd}）没有 data 文件夹，也没有给出数据文件；请给出数据文件或文件夹，如 plancheck evaluate 2024年监测数据.csv 或 plancheck evaluate 数据/；只想试用随附的示例数据（虚构数字，不是统计数据）时加 --sample`,
    en: (p) => `no data files given and the current folder (${p.cwd}) has no data folder; expected data files or folders, e.g. plancheck evaluate monitoring-2024.csv or plancheck evaluate data/; to try the bundled sample data (invented figures, not statistics) on purpose, add --sample`,
  },
  leadNotInResults: {
    zh: (p) => `--lead "${p.value}" 在结果中没有匹配的牵头单位；可用的有：${p.units}（也可用简称，如 卫健局）`,
    en: (p) => `--lead "${p.value}" matches no lead unit in the results; expected a unit such as ${p.units} (short names such as 卫健局 work too)`,
  },
  // Renderers: lines around the tables.
  leadEtc: { zh: (p) => `${p.unit}等`, en: (p) => `${p.unit} etc.` },
  noRulesMatch: { zh: '没有符合条件的规则。', en: 'No rules match.' },
  tableHint: { zh: '完整原因见 plancheck explain <编号> 或 --format json。', en: 'Full reasons: plancheck explain <rule> or --format json.' },
  summaryHead: { zh: (p) => `${p.year}年 共${p.total}项：`, en: (p) => `${p.year}: ${p.total} rules: ` },
  inputsUsed: { zh: (p) => `规则：${p.plans}；数据：${p.data}`, en: (p) => `Rules: ${p.plans}; data: ${p.data}` },
  historyNoYears: { zh: '数据中没有任何年份，无法列出历史。', en: 'The data has no years, so there is no history.' },
  historyTitle: { zh: (p) => `规划目标历年状态（${p.range}年）`, en: (p) => `Plan target status by year (${p.range})` },
  historyLegend: { zh: '走势：▁最低 █最高，· 为当年无数值。', en: 'Values: ▁ lowest to █ highest; · a year without its own value.' },
  noStatusChanges: { zh: '没有状态变化。', en: 'No status changes.' },
  ruleCount: { zh: (p) => `共${p.count}条规则`, en: (p) => `${p.count} rules` },
  markdownTitle: { zh: (p) => `规划目标监测评估（${p.year}年）`, en: (p) => `Plan target check (${p.year})` },
  everyYearTerm: { zh: '每年', en: 'every year ' },
  aspirationalTerm: { zh: '力争', en: 'aim ' },
  // commander's own errors, recognised by their English text.
  unknownOption: { zh: (p) => `未知选项 ${p.value}`, en: (p) => `unknown option ${p.value}` },
  unknownCommand: { zh: (p) => `未知命令 "${p.value}"`, en: (p) => `unknown command "${p.value}"` },
  didYouMean: { zh: (p) => `（是否要用 ${p.value}？）`, en: (p) => ` (did you mean ${p.value}?)` },
  missingArgument: { zh: (p) => `缺少参数 <${p.value}>`, en: (p) => `missing required argument <${p.value}>` },
  optionNeedsValue: { zh: (p) => `选项 ${p.value} 需要一个值`, en: (p) => `option ${p.value} needs a value` },
  tooManyArguments: { zh: (p) => `参数过多：应为 ${p.expected} 个，实际 ${p.got} 个`, en: (p) => `too many arguments: expected ${p.expected}, got ${p.got}` },
  seeHelp: { zh: '用法见 plancheck --help', en: 'See plancheck --help' },
} satisfies Record<string, Record<Lang, Text>>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

export function message(code: MessageCode, lang: Lang, params: Params = {}): string {
  const text: Text = MESSAGES[code][lang];
  return typeof text === 'function' ? text(params) : text;
}

/** commander prints its errors in English ("error: unknown option '--x'"): the same in the output language. */
export function translateCommanderError(text: string, lang: Lang): string {
  const say = (code: MessageCode, params: Params = {}) => message(code, lang, params);
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text);
  const hint = suggestion ? say('didYouMean', { value: suggestion[1]! }) : '';
  let match: RegExpExecArray | null;
  let line: string;
  if ((match = /error: unknown option '([^']+)'/.exec(text))) line = say('unknownOption', { value: match[1]! }) + hint;
  else if ((match = /error: unknown command '([^']+)'/.exec(text))) line = say('unknownCommand', { value: match[1]! }) + hint;
  else if ((match = /error: missing required argument '([^']+)'/.exec(text))) line = say('missingArgument', { value: match[1]! });
  else if ((match = /error: option '([^' ]+)[^']*' argument missing/.exec(text))) line = say('optionNeedsValue', { value: match[1]! });
  else if ((match = /error: too many arguments.*Expected (\d+) arguments? but got (\d+)/.exec(text))) line = say('tooManyArguments', { expected: match[1]!, got: match[2]! });
  else return text;
  return `plancheck: ${line}\n${say('seeHelp')}\n`;
}
