// Messages of the guards on files plancheck opens and writes, in Chinese and English, kept together so they can move
// into the message catalogue as one block (src/i18n/diagnostics/index.ts lists them for the completeness test).
import type { Bilingual } from './bilingual.js';

export { say, type Bilingual } from './bilingual.js';

/** Why a path cannot be read, from the error code of stat/open/read (or the kind of file found). */
export function readFailure(code: string | undefined, detail = ''): Bilingual {
  switch (code) {
    case 'ELOOP':
      return { zh: '符号链接形成循环', en: 'a symbolic link loop' };
    case 'DANGLING':
      return { zh: `符号链接指向不存在的文件${detail ? `（${detail}）` : ''}`, en: `a dangling symbolic link${detail ? ` (to ${detail}, which does not exist)` : ''}` };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读取权限', en: 'permission denied' };
    case 'EISDIR':
      return { zh: '是文件夹而不是文件', en: 'a folder, not a file' };
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file' };
    case 'FIFO':
      return { zh: '不是普通文件（命名管道 FIFO）', en: 'not a regular file (a FIFO)' };
    case 'DEVICE':
      return { zh: '不是普通文件（设备）', en: 'not a regular file (a device)' };
    case 'SOCKET':
      return { zh: '不是普通文件（套接字）', en: 'not a regular file (a socket)' };
    case 'TOO_LARGE':
      return { zh: `内容超过 ${detail}，停止读取`, en: `more than ${detail}; reading stopped` };
    case 'IDLE':
      return { zh: `${detail} 内没有读到任何内容，停止等待`, en: `nothing arrived within ${detail}; stopped waiting` };
    default:
      return { zh: `无法读取（${code ?? '未知错误'}）`, en: `cannot be read (${code ?? 'unknown error'})` };
  }
}

export const guardText = {
  unreadable: (file: string, why: Bilingual): Bilingual => ({ zh: `无法读取 ${file}：${why.zh}`, en: `cannot read ${file}: ${why.en}` }),
  cannotRead: (file: string, why: Bilingual, expected: Bilingual): Bilingual => ({
    zh: `无法读取 ${file}：${why.zh}；应为${expected.zh}`,
    en: `cannot read ${file}: ${why.en}; expected ${expected.en}`,
  }),
  ruleFileExpected: { zh: '可读的 YAML 规则文件', en: 'a readable YAML rule file' },
  dataFileExpected: { zh: '可读的数据文件（CSV 或 .xlsx）', en: 'a readable data file (CSV or .xlsx)' },
  resultsFileExpected: { zh: 'plancheck evaluate --format json 写出的结果文件', en: 'a results file written by plancheck evaluate --format json' },
  sameFileReadOnce: (file: string, first: string): Bilingual => ({
    zh: `${file} 与 ${first} 是同一个文件，只读取一次`,
    en: `${file} is the same file as ${first} and is read once`,
  }),
  editorFileSkipped: (file: string): Bilingual => ({
    zh: `${file} 是编辑器的锁文件或备份文件，已跳过`,
    en: `${file} is an editor lock or backup file and is skipped`,
  }),
  notRegularInFolder: (file: string, why: Bilingual): Bilingual => ({
    zh: `${file} ${why.zh}，文件夹中的此类文件不读取；如确要读取，请直接写出它的路径`,
    en: `${file} is ${why.en}; such files in a folder are not read (name it on the command line to read it)`,
  }),
  splitTargetNotFolder: (dir: string): Bilingual => ({
    zh: `--split-by-lead ${dir} 已存在且不是文件夹；应为一个文件夹（不存在时会新建）`,
    en: `--split-by-lead ${dir} exists and is not a folder; expected a folder (created when missing)`,
  }),
  cannotCreateFolder: (dir: string, code: string): Bilingual => ({
    zh: `无法创建文件夹 ${dir}（${code}）；应为可写的路径`,
    en: `cannot create the folder ${dir} (${code}); expected a writable path`,
  }),
};

export const outputText = {
  isInput: (file: string, input: string): Bilingual => ({
    zh: `--output ${file} 与输入文件 ${input} 是同一个文件；plancheck 从不改写输入文件`,
    en: `--output ${file} is the same file as the input ${input}; plancheck never writes to its inputs`,
  }),
  isFolder: (file: string): Bilingual => ({
    zh: `--output ${file} 是文件夹；应为文件路径`,
    en: `--output ${file} is a folder; expected a file path`,
  }),
  readOnly: (file: string): Bilingual => ({
    zh: `--output ${file} 是只读文件，未改写；请先改变其权限或换一个文件名`,
    en: `--output ${file} is read-only and was left as it is; expected a writable file (change its mode or choose another name)`,
  }),
  dangling: (file: string): Bilingual => ({
    zh: `--output ${file} 是指向不存在文件的符号链接；应为普通文件路径`,
    en: `--output ${file} is a symbolic link to a file that does not exist; expected a plain file path`,
  }),
  cannotWrite: (file: string, code: string): Bilingual => ({
    zh: `无法写入 ${file}（${code}）；应为可写的路径`,
    en: `cannot write ${file}: ${code}; expected a writable path`,
  }),
};

/** Cross-file checks of the model (src/load/check-model.ts, check-references.ts). */
export const modelText = {
  definedTwice: (what: 'plan' | 'indicator' | 'dimension', id: string, first: string, expected: Bilingual): Bilingual => {
    const zhWhat = { plan: '规划', indicator: '指标', dimension: '维度' }[what];
    const differently = what === 'plan' ? '' : ', differently';
    return { zh: `${zhWhat}“${id}”定义了两次${what === 'plan' ? '' : '且不一致'}（第一次在 ${first}）；应为${expected.zh}`, en: `${what} "${id}" is defined twice${differently} (first at ${first}); expected ${expected.en}` };
  },
  onePlanFile: { zh: '每个规划一个规划文件', en: 'one plan file per plan' },
  oneIndicatorId: { zh: 'plans/ 中每个指标编号只定义一次', en: 'each indicator id once across plans/' },
  oneDimension: { zh: '每个维度只定义一次', en: 'one definition of each dimension' },
  ruleIdTwice: (id: string, first: string): Bilingual => ({
    zh: `规则编号“${id}”用了两次（第一次在 ${first}）；规则编号应唯一`,
    en: `rule id "${id}" is used twice (first at ${first}); expected unique rule ids`,
  }),
  implausibleBaseline: (year: number, earliest: number, latest: number): Bilingual => ({
    zh: `基期年份 ${year} 不是合理的年份；应在 ${earliest} 至 ${latest} 年之间`,
    en: `baseline_year ${year} is not a plausible year; expected a year between ${earliest} and ${latest}`,
  }),
  badDeadline: (deadline: number, baseline: number, latest: number): Bilingual => ({
    zh: `目标年份 ${deadline} 不在基期 ${baseline} 年之后、${latest} 年以内；应在 ${baseline + 1} 至 ${latest} 年之间`,
    en: `deadline ${deadline} is not after the baseline year ${baseline} and by ${latest}; expected a year between ${baseline + 1} and ${latest}`,
  }),
  badStart: (start: number, baseline: number, deadline: number): Bilingual => ({
    zh: `起始年份 ${start} 不在 ${baseline}—${deadline} 年之间；应从基期年份到目标年份`,
    en: `start_year ${start} is outside ${baseline}–${deadline}; expected a year from the baseline year to the deadline`,
  }),
  unknownDimensionOf: (dimension: string, indicator: string, known: string): Bilingual => ({
    zh: `${indicator} 的维度“${dimension}”没有定义；应为以下之一：${known}`,
    en: `dimension "${dimension}" of ${indicator} is not defined; expected one of: ${known}`,
  }),
  sharedName: (text: string, first: string, firstPlace: string, second: string): Bilingual => ({
    zh: `“${text}”同时是 ${first}（${firstPlace}）和 ${second} 的名称；每个指标名称和别名只能指一个指标`,
    en: `"${text}" names both ${first} (at ${firstPlace}) and ${second}; expected each indicator name and alias to name one indicator`,
  }),
  undeclaredDimension: (indicator: string, dimension: string, declared: string): Bilingual => ({
    zh: `指标 ${indicator} 不按 ${dimension} 分组统计（其维度：${declared}）；应在该指标的 dimensions 中列出“${dimension}”`,
    en: `indicator ${indicator} is not reported by ${dimension} (its dimensions: ${declared}); expected "${dimension}" in the indicator's dimensions`,
  }),
};

/** Data rows and cells (src/load/data). Diagnostics there add "; expected …" themselves. */
export const rowText = {
  exponent: (value: string): Bilingual => ({
    zh: `数值 ${value} 使用了科学计数法；统计报表中的数字应完整写出`,
    en: `value ${value} is in exponent notation; statistics sheets write numbers out in full`,
  }),
  /** `declared` is '' when the indicator has no dimensions. */
  undeclaredRow: (dimension: string, indicator: string, declared: string): Bilingual => ({
    zh: `按 ${dimension} 分组，而 ${indicator} 不按此分组统计（其维度：${declared || '无'}）；没有规则读取此行`,
    en: `broken down by ${dimension}, which ${indicator} is not reported by (its dimensions: ${declared || 'none'}); no rule reads this row`,
  }),
  unreadUnitRow: (unit: string, dimension: string, indicator: string, read: string): Bilingual =>
    read === ''
      ? { zh: `没有规则按 ${dimension} 读取 ${indicator}（「${unit}」）`, en: `no rule reads ${indicator} by ${dimension} (${unit})` }
      : { zh: `${indicator} 的 ${dimension}「${unit}」没有规则读取（规则只读 ${read}）`, en: `no rule reads ${dimension} ${unit} of ${indicator} (the rules read only ${read})` },
  unreadUnitRows: (unit: string, dimension: string, indicator: string, read: string, count: Bilingual): Bilingual =>
    read === ''
      ? { zh: `${indicator} 按 ${dimension} 分组的数据（「${unit}」${count.zh}）没有规则读取，均未使用`, en: `rows of ${indicator} by ${dimension} (${unit}${count.en}) are read by no rule: no rule judges ${indicator} by ${dimension}; they are not used` }
      : { zh: `${indicator} 的 ${dimension}「${unit}」的数据${count.zh}没有规则读取（规则只读 ${read}），均未使用`, en: `rows of ${indicator} for ${dimension} ${unit}${count.en} are read by no rule (the rules read only ${read}) and are not used` },
  undeclaredRows: (indicator: string, dimension: string, count: Bilingual): Bilingual => ({
    zh: `${indicator} 的数据按 ${dimension} 分组，而该指标不按此分组统计${count.zh}；没有规则读取这些行，均未使用`,
    en: `rows of ${indicator} are broken down by ${dimension}, which the indicator is not reported by${count.en}; no rule reads them and they are not used`,
  }),
  blankCells: (dimension: string, count: number, lines: string): Bilingual => ({
    zh: `${count} 行的 ${dimension} 单元格为空，而上一行已填写（第 ${lines} 行）：是电子表格中的合并单元格吗？这些行按合计读取`,
    en: `${count === 1 ? '1 row leaves' : `${count} rows leave`} the ${dimension} cell blank right below a filled one (line${count === 1 ? '' : 's'} ${lines}): merged cells in the spreadsheet? ${count === 1 ? 'It is' : 'They are'} read as the total`,
  }),
  blankCellsExpected: (dimension: string): Bilingual => ({ zh: `每行都填写 ${dimension}，合计行写“合计”或“全县”`, en: `the ${dimension} filled in on every row, or 合计/全县 for a total` }),
  mixedEncoding: (utf8Line: number, otherLine: number): Bilingual => ({
    zh: `文件混用了两种编码：第 ${utf8Line} 行是 UTF-8，第 ${otherLine} 行不是（GBK/GB18030？），其中一部分会被读成乱码；未读取该文件`,
    en: `file mixes encodings: line ${utf8Line} is UTF-8 but line ${otherLine} is not (GBK/GB18030?), so one part would be read garbled; the file is not read`,
  }),
};

/** Results files read by diff (src/diff/read-results.ts). */
export const resultsText = {
  unknownVersion: (version: number, newer: boolean, known: string): Bilingual => ({
    zh: `schemaVersion ${version} ${newer ? '比本版本 plancheck 能读取的更新' : '不是本版本 plancheck 能读取的版本'}；应为 schemaVersion ${known}`,
    en: `schemaVersion ${version} is ${newer ? 'newer than this plancheck reads' : 'not one this plancheck reads'}; expected schemaVersion ${known}`,
  }),
  summaryContradicts: (key: string, claimed: number, count: number): Bilingual => ({
    zh: `汇总与结果不符（$.summary.${key} 为 ${claimed}，而 $.results 中${key === 'total' ? '共有' : `状态为 ${key} 的有`} ${count} 项）；应为 plancheck evaluate --format json 写出的原文件`,
    en: `the summary contradicts the results ($.summary.${key} is ${claimed} but $.results has ${count} ${key === 'total' ? 'results' : `with status ${key}`}); expected the file as plancheck evaluate --format json wrote it`,
  }),
};
