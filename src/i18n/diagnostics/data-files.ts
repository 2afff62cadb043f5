// What the data loader says about files as a whole (finding, sniffing, CSV syntax, derivations, limits), and the
// reasons validate prints after 未使用 for rows that are not used.
import type { Bilingual, Samples } from '../bilingual.js';

const SAVE_AS: Bilingual = {
  zh: 'UTF-8 或 GB18030 编码的 CSV 文本文件（Excel 中：另存为 “CSV UTF-8”）',
  en: 'a text CSV file in UTF-8 or GB18030 (in Excel: Save As "CSV UTF-8")',
};

export const dataFileText = {
  saveAs: SAVE_AS,
  // Finding the files.
  pathMissing: (path: string): Bilingual => ({ zh: `路径 ${path} 不存在`, en: `path ${path} does not exist` }),
  dataPathExpected: { zh: 'CSV 文件、.xlsx 工作簿或存放它们的文件夹', en: 'a CSV file, an .xlsx workbook or a folder of them' },
  noDataFiles: (path: string): Bilingual => ({ zh: `文件夹 ${path} 中没有 .csv、.tsv、.txt 或 .xlsx 文件`, en: `folder ${path} has no .csv, .tsv, .txt or .xlsx files` }),
  noDataFilesFound: { zh: '没有数据文件', en: 'no data files' },
  dataFilesExpected: { zh: '文件夹中的数据文件（*.csv、*.tsv、*.txt 或 *.xlsx）', en: 'data files (*.csv, *.tsv, *.txt or *.xlsx) in it' },
  eachFileOnce: { zh: '每个文件只给一次', en: 'each file once' },
  tooManyFiles: (count: number, max: number): Bilingual => ({ zh: `给出了 ${count} 个数据文件；plancheck 一次最多读取 ${max} 个`, en: `${count} data files given; plancheck reads at most ${max} in one run` }),
  filesFound: (count: number): Bilingual => ({ zh: `${count} 个文件`, en: `${count} files` }),
  atMostFiles: (max: number): Bilingual => ({ zh: `至多 ${max} 个数据文件（合并工作表，或按文件夹分别运行）`, en: `at most ${max} data files (merge sheets, or run per folder)` }),
  // Reading a file's bytes.
  // The system's and the CSV parser's own words are English: Chinese names the error code, or says what kind of fault.
  fileCannotBeRead: (code: string, detail: string): Bilingual => ({ zh: `文件无法读取（${code}）`, en: `file cannot be read (${code}: ${detail})` }),
  readableFile: { zh: '可读取的文件', en: 'a readable file' },
  utf16: { zh: '文件是 UTF-16 文本（Excel 的 “Unicode 文本”），未读取', en: 'file is UTF-16 text (Excel "Unicode Text"); the file is not read' },
  binary: (line: number, byte: number): Bilingual => ({ zh: `文件含二进制内容（第 ${line} 行第 ${byte} 字节为 NUL），未读取`, en: `file has binary content (a NUL byte at line ${line}, byte ${byte}); the file is not read` }),
  binaryFound: { zh: '二进制内容', en: 'binary content' },
  empty: (blankLines: boolean): Bilingual => ({ zh: `文件是空的${blankLines ? '（只有空行）' : ''}`, en: `file is empty${blankLines ? ' (only blank lines)' : ''}` }),
  emptyFound: (blankLines: boolean): Bilingual => (blankLines ? { zh: '只有空行', en: 'only blank lines' } : { zh: '没有内容', en: 'no content' }),
  headerThenRows: { zh: '一行表头（如 指标,年份,数值），其下是数据行', en: 'a header line such as indicator,year,value, then data rows' },
  mixedFound: (utf8Line: number, otherLine: number): Bilingual => ({ zh: `第 ${utf8Line} 行为 UTF-8，第 ${otherLine} 行为其他编码`, en: `UTF-8 at line ${utf8Line}, another encoding at line ${otherLine}` }),
  oneEncoding: { zh: `整个文件使用同一种编码：${SAVE_AS.zh}`, en: `the whole file in one encoding: ${SAVE_AS.en}` },
  notUtf8AsAsked: { zh: '指定了 UTF-8，但文件不是有效的 UTF-8；无效字节读作 �', en: 'file is not valid UTF-8 although UTF-8 was asked for; invalid bytes read as �' },
  invalidUtf8: { zh: '无效的 UTF-8 字节', en: 'invalid UTF-8 bytes' },
  utf8OrDetect: { zh: 'UTF-8 文本（或不指定编码，由程序识别）', en: 'UTF-8 text (or leave the encoding to detection)' },
  // CSV syntax and the header.
  unterminatedQuote: (line: number): Bilingual => ({
    zh: `引号未闭合：从第 ${line} 行开始的记录中有一个 " 没有对应的结束引号，文件其余部分未读取`,
    en: `unterminated quoted field: a " opened in the record starting at line ${line} is never closed, so the rest of the file is not read`,
  }),
  badRecord: (line: number, detail: string): Bilingual => ({ zh: `从第 ${line} 行开始的 CSV 记录格式有误，无法读取`, en: `the CSV record starting at line ${line} cannot be read (${detail})` }),
  closingQuote: { zh: '每个开始的 " 都有结束的 "', en: 'a closing " for every opening "' },
  unterminatedFound: { zh: '未闭合的引号', en: 'an unterminated quote' },
  wellFormedCsv: { zh: '格式正确的 CSV', en: 'well-formed CSV' },
  noHeader: { zh: '文件没有表头行（只有空单元格）', en: 'file has no header line (only empty cells)' },
  noHeaderFound: { zh: '没有表头', en: 'no header' },
  noDataRows: { zh: '文件有表头但没有数据行', en: 'file has a header but no data rows' },
  noDataRowsFound: { zh: '没有数据行', en: 'no data rows' },
  oneDataRow: { zh: '表头下至少一行数据', en: 'at least one data row below the header' },
  titleLines: (lines: string, count: number): Bilingual => ({
    zh: `表头上方第 ${lines} 行只有一个单元格（标题？），已跳过`,
    en: `line${count === 1 ? '' : 's'} ${lines} above the header ${count === 1 ? 'holds' : 'hold'} a single cell (a title?) and ${count === 1 ? 'is' : 'are'} skipped`,
  }),
  oneCellLine: { zh: '只有一个单元格的行', en: 'a one-cell line' },
  headerFirst: { zh: '第一行为表头', en: 'the header line first' },
  // Derived indicators.
  zeroDenominator: (subject: Bilingual, denominator: string, where: string, numerator: string, numWhere: string): Bilingual => ({
    zh: `无法计算${subject.zh}：分母 ${denominator} 在 ${where} 为 0（分子 ${numerator}，在 ${numWhere}）`,
    en: `cannot compute ${subject.en}: the denominator ${denominator} is 0 at ${where} (numerator ${numerator} at ${numWhere})`,
  }),
  nonZero: { zh: '不为 0 的分母', en: 'a non-zero denominator' },
  tooLarge: (subject: Bilingual, ratio: string, places: string): Bilingual => ({
    zh: `无法计算${subject.zh}：${ratio}（${places}）太大，不是有效数字`,
    en: `cannot compute ${subject.en}: ${ratio} (${places}) is too large to be a number`,
  }),
  finiteRatio: { zh: '比值为有限数字的分子和分母', en: 'parts whose ratio is a finite number' },
  derivedMismatch: (subject: Bilingual, given: number, where: string, formula: string, parts: string, computed: number): Bilingual => ({
    zh: `${subject.zh}填报为 ${given}（${where}），而 ${formula} = ${parts} 算得 ${computed}；采用填报值`,
    en: `${subject.en} is given as ${given} at ${where} but ${formula} = ${parts} gives ${computed}; the given value is used`,
  }),
  derivedFound: (given: number, computed: number): Bilingual => ({ zh: `填报 ${given}，计算 ${computed}`, en: `${given} given, ${computed} computed` }),
  agreeWithinRounding: { zh: '填报值与计算值在舍入误差内一致（0.5% 或 0.05）', en: 'the given and the computed value to agree within rounding (0.5 % or 0.05)' },
  // Nothing usable at all (src/cli/input-checks.ts).
  noUsableRows: (read: number): Bilingual => ({
    zh: `读入 ${read} 行数据，但没有一行可用（原因见警告，plancheck validate 逐行列出）；需要至少一行指标、年份和数值都可识别的数据`,
    en: `${read} data row${read === 1 ? '' : 's'} read but none usable (the warnings say why; plancheck validate lists each row); expected at least one row with a known indicator, a year of the plans and a value`,
  }),
  noRows: (files: number): Bilingual => ({
    zh: `没有读到任何数据行（数据文件 ${files} 个）；需要至少一行数据，如 CSV 表头 指标,年份,数值 之下的一行（plancheck template 生成填报表）`,
    en: `no data rows found (${files} data file${files === 1 ? '' : 's'}); expected at least one row, e.g. a line under the CSV header indicator,year,value (plancheck template writes a sheet to fill in)`,
  }),
  rowsReadNoneUsed: (read: number): Bilingual => ({ zh: `读入 ${read} 行，使用 0 行`, en: `${read} rows read, 0 used` }),
  oneUsableRow: { zh: '至少一行可用的数据', en: 'at least one usable data row' },
  // Held back.
  tooMany: (count: number, code: string, limit: number): Bilingual => ({
    zh: `此文件中另有 ${count} 条 "${code}" 诊断未显示（只显示前 ${limit} 条）`,
    en: `${count} more "${code}" diagnostics in this file are not shown (the first ${limit} are)`,
  }),
  tooManyFound: (count: number, code: string): Bilingual => ({ zh: `${count} 条 "${code}" 诊断`, en: `${count} "${code}" diagnostics` }),
  atMostPerKind: (limit: number): Bilingual => ({ zh: `每个文件每类至多 ${limit} 条；改正后再运行`, en: `at most ${limit} of a kind per file; fix those and run again` }),
};

/** Why a row is not used: shown after 未使用 / not used by validate and in the report's appendix. */
export const unusedText = {
  error: (problem: Bilingual): Bilingual => ({ zh: `错误：${problem.zh}`, en: `error: ${problem.en}` }),
  unterminated: { zh: '错误：引号未闭合（文件其余部分）', en: 'error: unterminated quoted field (rest of the file)' },
  fileNotRead: (problem: Bilingual | undefined): Bilingual => ({ zh: `文件未读取：${problem?.zh ?? '表头无法使用'}`, en: `file not read: ${problem?.en ?? 'unusable header'}` }),
  unknownIndicator: (name: string): Bilingual => ({ zh: `未知指标 ${name}`, en: `unknown indicator ${name}` }),
  yearOutside: (year: number, range: string): Bilingual => ({ zh: `年份超出规划期（${year}；规划期为 ${range} 年）`, en: `year outside the plan (${year}; the plan covers ${range})` }),
  noPlanYear: (range: string): Bilingual => ({ zh: `年份超出规划期（${range} 年）`, en: `year outside the plan (${range})` }),
  outOfRange: (value: number, range: Bilingual): Bilingual => ({ zh: `错误：数值 ${value} 超出取值范围 ${range.zh}`, en: `error: value ${value} outside the range ${range.en}` }),
  redundantMissing: (subject: Bilingual, where: string): Bilingual => ({ zh: `缺失值；${subject.zh}已在 ${where} 给出`, en: `missing value; ${subject.en} is given at ${where}` }),
  duplicate: (where: string): Bilingual => ({ zh: `与 ${where} 重复`, en: `duplicate of ${where}` }),
  conflict: (where: string): Bilingual => ({ zh: `与 ${where} 矛盾`, en: `conflicts with ${where}` }),
};

export const dataFileSamples: Samples<typeof dataFileText> = {
  saveAs: [],
  pathMissing: ['"nope"'],
  dataPathExpected: [],
  noDataFiles: ['"data"'],
  noDataFilesFound: [],
  dataFilesExpected: [],
  eachFileOnce: [],
  tooManyFiles: [5000, 4096],
  filesFound: [5000],
  atMostFiles: [4096],
  fileCannotBeRead: ['EIO', 'i/o error'],
  readableFile: [],
  utf16: [],
  binary: [1, 3],
  binaryFound: [],
  empty: [true],
  emptyFound: [false],
  headerThenRows: [],
  mixedFound: [1, 3],
  oneEncoding: [],
  notUtf8AsAsked: [],
  invalidUtf8: [],
  utf8OrDetect: [],
  unterminatedQuote: [3],
  badRecord: [3, 'Invalid Record Length'],
  closingQuote: [],
  unterminatedFound: [],
  wellFormedCsv: [],
  noHeader: [],
  noHeaderFound: [],
  noDataRows: [],
  noDataRowsFound: [],
  oneDataRow: [],
  titleLines: ['1, 2', 2],
  oneCellLine: [],
  headerFirst: [],
  zeroDenominator: [{ zh: 'rate 2021', en: 'rate 2021' }, 'births', 'a.csv:3', '5', 'a.csv:2'],
  nonZero: [],
  tooLarge: [{ zh: 'rate 2021', en: 'rate 2021' }, '1e308 / 1e-308', 'a.csv:2, a.csv:3'],
  finiteRatio: [],
  derivedMismatch: [{ zh: 'rate 2021', en: 'rate 2021' }, 5, 'a.csv:4', 'deaths / births × 100000', '1 / 2', 50000],
  derivedFound: [5, 50000],
  agreeWithinRounding: [],
  noUsableRows: [3],
  noRows: [0],
  rowsReadNoneUsed: [3],
  oneUsableRow: [],
  tooMany: [20, 'bad-value', 100],
  tooManyFound: [120, 'bad-value'],
  atMostPerKind: [100],
};

export const unusedSamples: Samples<typeof unusedText> = {
  error: [{ zh: '年份为空', en: 'the year is empty' }],
  unterminated: [],
  fileNotRead: [undefined],
  unknownIndicator: ['"x"'],
  yearOutside: [2099, '2020–2025'],
  noPlanYear: ['2020–2025'],
  outOfRange: [120, { zh: '0–100', en: '0–100' }],
  redundantMissing: [{ zh: 'mmr 2021', en: 'mmr 2021' }, 'a.csv:2'],
  duplicate: ['a.csv:2'],
  conflict: ['a.csv:2'],
};
