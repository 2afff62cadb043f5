// Help text of every command and option, in Chinese and English, with examples from the README's tour.
// Kept short: commander measures each character as one column, so a long Chinese line would overflow 80 columns.
import type { Lang } from './format.js';

export interface Bilingual {
  zh: string;
  en: string;
}

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const HELP = {
  program: b('按监测统计数据检查规划目标（威宁县妇女、儿童发展规划 2021—2025 年）', 'Check development-plan targets against monitoring statistics'),
  debug: b('内部错误时显示调用栈', 'show stack traces for internal errors'),
  help: b('显示帮助', 'display help for command'),
  version: b('显示版本号', 'output the version number'),
  helpCommand: b('显示某个命令的帮助', 'display help for a command'),
  examples: b('示例：', 'Examples:'),
  // commander's own section titles and placeholders in the usage line
  titleUsage: b('用法：', 'Usage:'),
  titleOptions: b('选项：', 'Options:'),
  titleArguments: b('参数：', 'Arguments:'),
  titleCommands: b('命令：', 'Commands:'),
  titleGlobalOptions: b('全局选项：', 'Global Options:'),
  placeholderOptions: b('[选项]', '[options]'),
  placeholderCommand: b('[命令]', '[command]'),
  // Commands
  evaluate: b('评估某一年的全部规则，输出表格', 'evaluate every rule for one year'),
  explain: b('说明一条规则：原文、数据序列、计算过程和结论', 'explain one rule: source, series, computation, verdict'),
  list: b('列出规则清单', 'list the rule catalogue'),
  validate: b('只检查规则文件和数据，不评估', 'check rule files and data without evaluating'),
  diff: b('逐条对比两份结果或两个年份', 'compare two results files, or two years, rule by rule'),
  history: b('列出规则在数据中每一年的状态和数值', 'status and value of rules in every year of the data'),
  template: b('生成成员单位填报用的 CSV 表', 'write the data-collection CSV member units fill in'),
  schema: b('输出规则文件的 JSON Schema', 'print the JSON Schema for rule files'),
  init: b('建立一个县的工作文件夹（填报表和使用说明）', "set up a county's working folder: sheets and instructions"),
  report: b('生成年度监测报告：一个含图表的 HTML 页面', 'write the yearly monitoring report: one HTML page with charts'),
  // Arguments
  argData: b('数据文件或文件夹（默认 ./data，否则用自带数据）', 'data files or folders (default ./data, else bundled)'),
  argRule: b('规则编号，如 W-HEALTH-3a（不分大小写）', 'rule id, e.g. W-HEALTH-3a (any case)'),
  argDiffInputs: b('旧.json 新.json；或配合 --from：数据文件或文件夹', 'old.json new.json, or with --from: data files or folders'),
  argRulesOrData: b('规则编号（默认全部），然后是数据文件或文件夹', 'rule ids (default: all selected), then data files or folders'),
  argTemplateData: b('乡镇名单.csv、村名单.csv 所在位置（默认 data 文件夹）', 'where the township and village lists are (default: data)'),
  argFolder: b('工作文件夹（默认当前文件夹）', 'the working folder (default: the current folder)'),
  // Options
  plans: b('规则文件或文件夹（可重复；默认 ./plans）', 'rule files or folders (repeatable; default ./plans)'),
  encoding: b('数据编码：utf-8、gb18030 或 gbk', 'data encoding: utf-8, gb18030 or gbk'),
  strict: b('数据中的未知指标算错误', 'unknown indicators in the data are errors'),
  sample: b('用随附的示例数据试用（虚构数字）', 'try the bundled sample data (invented figures)'),
  lang: b('输出语言 zh 或 en（默认按 LANG，未设为中文）', 'output language zh or en (default from LANG, else zh)'),
  quiet: b('不输出警告和提示，只输出结果和错误', 'print no warnings or notes, only results and errors'),
  plan: b('只看这个规划，如 women-2021-2025', 'only this plan, e.g. women-2021-2025'),
  domain: b('只看这个领域，如 health', 'only this domain, e.g. health'),
  lead: b('只看这个牵头单位的规则，如 卫生健康局', 'only rules led by this unit, e.g. 卫生健康局'),
  year: b('评估年份（默认：数据中最新年份）', 'evaluation year (default: latest year in the data)'),
  templateYear: b('填报年份（默认：上一年，且在规划期内）', 'the year to report (default: last year, within the plans)'),
  formatEvaluate: b('输出格式：table、json、csv、markdown、junit', 'table | json | csv | markdown | junit'),
  formatExplain: b('输出格式：text 或 json', 'text | json'),
  formatList: b('输出格式：table、json、csv', 'table | json | csv'),
  formatValidate: b('输出格式：text 或 json', 'text | json'),
  formatDiff: b('输出格式：table、json、markdown、csv', 'table | json | markdown | csv'),
  formatHistory: b('输出格式：table、json、csv', 'table | json | csv'),
  formatTemplate: b('输出格式：csv、json 或 xlsx（工作簿）', 'csv | json | xlsx (a workbook)'),
  formatSchema: b('输出格式：json', 'json'),
  formatReport: b('输出格式：html 或 markdown（报告文字稿）', 'html | markdown (the draft narrative)'),
  formatInit: b('填报表格式：csv', 'sheet format: csv'),
  output: b('写入文件（完整写入或不写）', 'write to a file (whole or not at all)'),
  failOn: b('哪些状态使退出码为 1（默认 未达标）', 'statuses that make the exit code 1 (default fail)'),
  bom: b('CSV 文件开头加 BOM（写文件时默认加）', 'start CSV with a BOM (the default for files)'),
  noBom: b('CSV 文件开头不加 BOM', 'no BOM at the start of a CSV file'),
  noColor: b('不用颜色', 'no colour'),
  kind: b('只看这种规则类型，如 at_least', 'only this rule kind, e.g. at_least'),
  rulesOnly: b('只检查规则文件', 'check only the rule files'),
  from: b('把这一年作为旧的一方评估（代替结果文件）', 'evaluate this year as the old side'),
  to: b('新的一方的年份（默认：数据中最新年份）', 'the new side (default: latest year in the data)'),
  all: b('也列出没有变化的规则', 'list unchanged rules too'),
  failOnRegression: b('有状态变差时退出码为 1', 'exit 1 when any status got worse'),
  splitByLead: b('每个牵头单位一个文件，写入此文件夹（或 --output）', 'one file per lead unit, in this folder (or --output)'),
} satisfies Record<string, Bilingual>;

export type HelpKey = keyof typeof HELP;

/** Examples under each command's help: commands a county officer runs, from the README's tour. */
export const EXAMPLES: Record<string, Array<{ command: string; zh: string; en: string }>> = {
  program: [
    { command: 'plancheck init 威宁2024', zh: '建立工作文件夹', en: 'set up a working folder' },
    { command: 'plancheck validate data/', zh: '检查填好的数据', en: 'check the filled-in data' },
    { command: 'plancheck evaluate data/', zh: '评估最新一年', en: 'evaluate the latest year' },
    { command: 'plancheck explain W-HEALTH-4b', zh: '看一条规则的原因', en: 'why one rule has its status' },
  ],
  evaluate: [
    { command: 'plancheck evaluate', zh: './data 或自带数据，最新年份', en: './data or the bundled data, latest year' },
    { command: 'plancheck evaluate data/ --year 2024 --domain health', zh: '只看健康领域', en: 'only the health domain' },
    { command: 'plancheck evaluate --format csv -o 2024年监测.csv', zh: '供 Excel 打开', en: 'for Excel' },
    { command: 'plancheck evaluate --fail-on 未达标,无数据', zh: '有未达标或无数据时退出码为 1', en: 'exit 1 on fail or no-data' },
  ],
  explain: [
    { command: 'plancheck explain W-HEALTH-4b', zh: '原文、数据和结论', en: 'plan text, data and verdict' },
    { command: 'plancheck explain w-health-3a data/ --year 2023', zh: '编号不分大小写', en: 'ids in any case' },
    { command: 'plancheck explain C-EDU-5 --format json -o C-EDU-5.json', zh: '写成 JSON', en: 'as JSON' },
  ],
  list: [
    { command: 'plancheck list', zh: '全部规则', en: 'every rule' },
    { command: 'plancheck list --domain health --kind at_least', zh: '按领域和类型筛选', en: 'by domain and kind' },
    { command: 'plancheck list --format csv -o 规则清单.csv', zh: '写成 CSV', en: 'as CSV' },
  ],
  validate: [
    { command: 'plancheck validate data/', zh: '列出每个问题和每个未使用的数据行', en: 'every problem and unused row' },
    { command: 'plancheck validate --rules-only --plans plans/', zh: '只检查规则文件', en: 'only the rule files' },
    { command: 'plancheck validate data/ --format json -o 检查结果.json', zh: '写成 JSON', en: 'as JSON' },
  ],
  diff: [
    { command: 'plancheck diff --from 2023 --to 2024', zh: '两年对比：哪些退步、哪些好转', en: 'what slipped, what recovered' },
    { command: 'plancheck diff 2023.json 2024.json --format markdown', zh: '对比两份结果文件', en: 'two results files' },
    { command: 'plancheck diff --from 2023 --fail-on-regression', zh: '有退步时退出码为 1', en: 'exit 1 on a regression' },
  ],
  history: [
    { command: 'plancheck history W-HEALTH-4b', zh: '一条规则的历年状态', en: 'one rule over the years' },
    { command: 'plancheck history --domain health data/', zh: '一个领域的全部规则', en: 'every rule of a domain' },
    { command: 'plancheck history --format csv -o 历年状态.csv', zh: '写成 CSV', en: 'as CSV' },
  ],
  template: [
    { command: 'plancheck template -o 2024年填报表.csv', zh: '全部指标一张表', en: 'one sheet of every figure' },
    { command: 'plancheck template --split-by-lead -o 填报表/', zh: '每个牵头单位一张表', en: 'one sheet per lead unit' },
    { command: 'plancheck template --lead 卫生健康局 --year 2024', zh: '一个单位的表', en: "one unit's sheet" },
  ],
  schema: [
    { command: 'plancheck schema -o plancheck.schema.json', zh: '供编辑器检查规则文件', en: 'for editors checking rule files' },
    { command: 'plancheck schema | jq .title', zh: '输出到屏幕', en: 'to standard output' },
  ],
  report: [
    { command: 'plancheck report -o 2024年监测报告.html', zh: '可打印、可发送的报告', en: 'a report to print or send' },
    { command: 'plancheck report data/ --year 2024 --plan women-2021-2025 -o 妇女.html', zh: '只看妇女规划', en: "only the women's plan" },
    { command: 'plancheck report --format markdown -o 报告文字稿.md', zh: '只要文字稿', en: 'the draft narrative alone' },
  ],
  init: [
    { command: 'plancheck init 威宁2024', zh: '在新文件夹中建立', en: 'in a new folder' },
    { command: 'plancheck init', zh: '在当前文件夹中建立', en: 'in the current folder' },
  ],
};

export function helpText(key: HelpKey, lang: Lang): string {
  return HELP[key][lang];
}

/** The examples block under a command's help, aligned (commands are ASCII but for file names). */
export function examplesBlock(command: string, lang: Lang): string {
  const examples = EXAMPLES[command] ?? [];
  if (examples.length === 0) return '';
  const lines = examples.map((e) => `  ${e.command}\n      ${e[lang]}`);
  return `\n${HELP.examples[lang]}\n${lines.join('\n')}\n`;
}
