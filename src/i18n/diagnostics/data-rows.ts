// What the data loader says about headers, cells and rows (src/load/data), in Chinese and English. Problems and
// expectations are separate: the sink joins them as "…；应为…" / "…; expected …".
import type { Bilingual, Samples } from '../bilingual.js';

const zhRows = (count: number, line: number) => (count === 1 ? '' : `（共 ${count} 行，首次在第 ${line} 行）`);
const enRows = (count: number, line: number) => (count === 1 ? '' : ` (${count} rows, first at line ${line})`);

export const dataRowText = {
  /** `column 3 (value)`; a known English header is named by its Chinese role in Chinese. */
  column: (index: number, name: string, zhName: string): Bilingual => ({
    zh: name ? `第${index}列（${zhName}）` : `第${index}列`,
    en: name ? `column ${index} (${name})` : `column ${index}`,
  }),
  // The header.
  repeatsColumn: (column: Bilingual, earlier: Bilingual, same: boolean): Bilingual => ({
    zh: `${column.zh}${same ? '与' : '的含义与'}${earlier.zh}${same ? '重复' : '相同'}`,
    en: `${column.en} ${same ? 'repeats' : 'means the same as'} ${earlier.en}`,
  }),
  eachColumnOnce: { zh: '表头中每列只出现一次', en: 'each column once in the header' },
  noIndicatorColumn: (found: string): Bilingual => ({ zh: `表头中没有指标列（实际为 ${found}）`, en: `header has no indicator column (found ${found})` }),
  missingColumns: (missing: ReadonlyArray<'indicator' | 'year' | 'value'>, found: string): Bilingual => ({
    zh: `表头中没有${missing.map((m) => ({ indicator: '指标', year: '年份', value: '数值' })[m]).join('、')}列（实际为 ${found}）`,
    en: `header has no ${missing.join(', no ')} column (found ${found})`,
  }),
  expectedHeader: { zh: '表头，如 指标,年份,数值（长表）或 指标,2020,2021,…（宽表）；英文 indicator,year,value 也可以', en: 'a header such as indicator,year,value (long) or indicator,2020,2021,… (wide); Chinese 指标,年份,数值 also work' },
  unnamedColumn: (index: number): Bilingual => ({ zh: `第${index}列没有列名，不读取`, en: `column ${index} has no name and is ignored` }),
  unknownColumn: (column: Bilingual): Bilingual => ({ zh: `${column.zh}不是可识别的列，不读取`, en: `${column.en} is not a known column and is ignored` }),
  knownColumns: { zh: '指标、年份、数值、单位、备注、维度列（如 乡镇）或年份列', en: 'indicator, year, value, unit, note, a dimension such as township, or a year' },
  yearColumnsOutside: (years: string, count: number): Bilingual => ({
    zh: `年份列 ${years} 超出规划期，不读取`,
    en: `year column${count === 1 ? '' : 's'} ${years} ${count === 1 ? 'is' : 'are'} outside the plan and ignored`,
  }),
  planYears: (range: string): Bilingual => ({ zh: `规划期内的年份（${range} 年）`, en: `years ${range}` }),
  // Cells.
  notANumber: (value: string, finite: boolean): Bilingual => ({
    zh: `${value} 不是${finite ? '有限的数字' : '数字'}`,
    en: `value ${value} is not ${finite ? 'a finite number' : 'a number'}`,
  }),
  expectedNumber: (unit: string, rate: boolean): Bilingual =>
    rate ? { zh: '数字，如 70、70% 或 3.5‰', en: 'a number such as 70, 70% or 3.5‰' }
    : unit === '' ? { zh: '数字，如 70', en: 'a number such as 70' }
    : { zh: `数字，如 70（单位：${unit}）`, en: `a number such as 70 (in ${unit})` },
  unitMismatch: (value: string, suffix: string, column: string): Bilingual => ({ zh: `${value} 的单位是 ${suffix}，而单位列写的是 ${column}`, en: `value ${value} is in ${suffix} but the unit column says ${column}` }),
  sameUnit: { zh: '数值与单位列的单位一致', en: 'the same unit in the value and the unit column' },
  plainNumber: { zh: '不带单位的数字', en: 'a plain number (no unit)' },
  unitNotConvertible: (unit: string, target: Bilingual): Bilingual => ({ zh: `单位 ${unit} 无法换算为${target.zh}`, en: `unit ${unit} cannot be converted to ${target.en}` }),
  valueNotConvertible: (value: string, source: string, target: Bilingual): Bilingual => ({ zh: `${value} 的单位是 ${source}，无法换算为${target.zh}`, en: `value ${value} is in ${source}, which cannot be converted to ${target.en}` }),
  numberIn: (target: Bilingual): Bilingual => ({ zh: `以${target.zh}表示的数字`, en: `a number in ${target.en}` }),
  theUnitOf: (indicator: Bilingual): Bilingual => ({ zh: `（${indicator.zh}的单位）`, en: ` (the unit of ${indicator.en})` }),
  indicator: (name: string, id: string): Bilingual => ({ zh: `${name}（${id}）`, en: `${name} (${id})` }),
  rule: (id: string): Bilingual => ({ zh: `规则 ${id}`, en: `rule ${id}` }),
  takesAssessment: (subject: Bilingual, found: string): Bilingual => ({ zh: `${subject.zh}应填写评估结论，实际为 ${found}`, en: `${subject.en} takes an assessment, found ${found}` }),
  expectedAssessment: { zh: '评估结论：达标、部分达标或未达标（met、partial、not_met），缺失时留空', en: 'an assessment: met, partial or not_met (达标, 部分达标, 未达标), or empty when missing' },
  outOfRange: (subject: Bilingual, value: string, range: Bilingual): Bilingual => ({ zh: `${subject.zh}为 ${value}，超出其取值范围 ${range.zh}`, en: `${subject.en} is ${value}, outside its range ${range.en}` }),
  valueInRange: (range: Bilingual, unit: string, subject: Bilingual): Bilingual => ({
    zh: `${range.zh}${unit ? ` ${unit}` : ''} 之内的数值（${subject.zh}的取值范围；可能超出的指标须在 indicators.yaml 中声明 range）`,
    en: `a value in ${range.en}${unit ? ` ${unit}` : ''} (the range of ${subject.en}; an indicator that may exceed it declares range in indicators.yaml)`,
  }),
  range: (min: number | null, max: number | null): Bilingual =>
    min !== null && max !== null ? { zh: `${min}–${max}`, en: `${min}–${max}` }
    : min !== null ? { zh: `≥ ${min}`, en: `≥ ${min}` }
    : max !== null ? { zh: `≤ ${max}`, en: `≤ ${max}` }
    : { zh: '任意值', en: 'any value' },
  duplicateOf: (where: string, subject: Bilingual, given: string): Bilingual => ({
    zh: `与 ${where} 重复：${subject.zh}在两处均为 ${given}；只保留第一处`,
    en: `duplicate of ${where}: ${subject.en} is ${given} in both; only the first is kept`,
  }),
  once: { zh: '每个指标、年份和维度组合只出现一次', en: 'each indicator, year and dimensions once' },
  conflicting: (subject: Bilingual, before: string, where: string, given: string, here: string): Bilingual => ({
    zh: `${subject.zh}的数值相互矛盾：${where} 为 ${before}，${here} 为 ${given}；删去其中一个之前，不作评估`,
    en: `conflicting values for ${subject.en}: ${before} at ${where} and ${given} at ${here}; nothing is evaluated until one of them is removed`,
  }),
  oneValue: { zh: '每个指标、年份和维度组合只有一个数值', en: 'one value per indicator, year and dimensions' },
  missingWord: { zh: '缺失', en: 'missing' },
  // Rows.
  ragged: (fields: number, width: number, found: string): Bilingual => ({
    zh: `此行有 ${fields} 个字段，而表头只有 ${width} 个；多出的字段为 ${found}`,
    en: `row has ${fields} fields but the header has ${width}; this one holds ${found}`,
  }),
  atMostFields: (width: number): Bilingual => ({
    zh: `至多 ${width} 个字段；含分隔符的数值请加引号，如 "1,234.5"`,
    en: `at most ${width} fields; quote a value that contains the delimiter, e.g. "1,234.5"`,
  }),
  emptyIndicator: { zh: '指标为空', en: 'the indicator is empty' },
  indicatorExpected: { zh: '指标编号、名称或别名', en: 'an indicator id, name or alias' },
  emptyYear: { zh: '年份为空', en: 'the year is empty' },
  notAYear: (year: string): Bilingual => ({ zh: `${year} 不是年份`, en: `year ${year} is not a year` }),
  expectedYear: { zh: '年份，如 2024 或 2024年', en: 'a year such as 2024 or 2024年' },
  located: (where: Bilingual, problem: Bilingual): Bilingual => ({ zh: `${where.zh}：${problem.zh}`, en: `${where.en}: ${problem.en}` }),
  // Findings summed up per file.
  unknownIndicator: (column: Bilingual, raw: string, count: number, line: number): Bilingual => ({
    zh: `${column.zh}：未知指标 ${raw}${zhRows(count, line)}`,
    en: `${column.en}: unknown indicator ${raw}${enRows(count, line)}`,
  }),
  indicatorOrRule: { zh: '指标编号、名称、别名或规则编号', en: 'an indicator id, name or alias, or a rule id' },
  didYouMean: (labels: string): Bilingual => ({ zh: `是否应为 ${labels}？`, en: `did you mean ${labels}?` }),
  unlistedUnit: (column: Bilingual, raw: string, dimension: string, dimensionEn: string, count: number, line: number): Bilingual => ({
    zh: `${column.zh}：“${raw}”不在${dimension}名单中${zhRows(count, line)}`,
    en: `${column.en}: "${raw}" is not on the ${dimensionEn} list${enRows(count, line)}`,
  }),
  nameFromList: (list: string): Bilingual => ({ zh: `${list} 中的名称，全县合计留空`, en: `a name from ${list}, or empty for the county total` }),
  unknownDimensionValue: (column: Bilingual, raw: string, dimension: string, count: number, line: number): Bilingual => ({
    zh: `${column.zh}：${raw} 不是模型中列出的 ${dimension} 取值${zhRows(count, line)}，按原样使用`,
    en: `${column.en}: ${raw} is not a ${dimension} value listed in the model${enRows(count, line)} and is used as written`,
  }),
  dimensionValueExpected: (dimension: string): Bilingual => ({ zh: `模型中 ${dimension} 的取值之一，合计留空`, en: `one of the model's ${dimension} values, or empty for the total` }),
  rowsCount: (count: number, line: number): Bilingual => ({ zh: zhRows(count, line), en: enRows(count, line) }),
  undeclaredExpected: (declared: string, dimension: string): Bilingual => ({
    zh: `${declared ? `按 ${declared} 分组的数据，或` : ''}${dimension} 单元格留空的合计（或在该指标的 dimensions 中加上 ${dimension}）`,
    en: `${declared ? `rows by ${declared}, or ` : ''}the total with the ${dimension} cell empty (or add ${dimension} to the indicator's dimensions)`,
  }),
  unreadUnitExpected: (read: string, unit: string): Bilingual => ({ zh: `${read} 的数据，或读取 ${unit} 的规则`, en: `rows for ${read}, or a rule that reads ${unit}` }),
  blankCellsFound: { zh: '空单元格', en: 'blank cells' },
  yearsOutside: (count: number, years: string, line: number): Bilingual => ({
    zh: `${count} 行的年份超出规划期（${years}），未使用；首次在第 ${line} 行`,
    en: `${count === 1 ? '1 row has a year' : `${count} rows have years`} outside the plan (${years}) and ${count === 1 ? 'is' : 'are'} not used; first at line ${line}`,
  }),
  shortRows: (count: number, line: number, fields: number, width: number): Bilingual => ({
    zh: `${count} 行的字段少于表头（首次在第 ${line} 行：${fields} 个，表头 ${width} 个）；缺少的单元格按空白读取`,
    en: `${count} row${count === 1 ? ' has' : 's have'} fewer fields than the header (first at line ${line}: ${fields} of ${width}); the missing cells are read as empty`,
  }),
  fieldsFound: (fields: number): Bilingual => ({ zh: `${fields} 个字段`, en: `${fields} fields` }),
  fieldsAsHeader: (width: number): Bilingual => ({ zh: `与表头相同的 ${width} 个字段`, en: `${width} fields, as in the header` }),
};

export const dataRowSamples: Samples<typeof dataRowText> = {
  column: [3, 'value', '数值'],
  repeatsColumn: [{ zh: '第3列', en: 'column 3' }, { zh: '第1列', en: 'column 1' }, true],
  eachColumnOnce: [],
  noIndicatorColumn: ['"foo,bar"'],
  missingColumns: [['indicator', 'year'], '"foo,bar"'],
  expectedHeader: [],
  unnamedColumn: [4],
  unknownColumn: [{ zh: '第4列（foo）', en: 'column 4 (foo)' }],
  knownColumns: [],
  yearColumnsOutside: ['2099', 1],
  planYears: ['2020–2025'],
  notANumber: ['"9x1.2"', false],
  expectedNumber: ['%', true],
  unitMismatch: ['"5%"', '%', '‰'],
  sameUnit: [],
  plainNumber: [],
  unitNotConvertible: ['"kg"', { zh: '%', en: '%' }],
  valueNotConvertible: ['"5kg"', 'kg', { zh: '%', en: '%' }],
  numberIn: [{ zh: '%', en: '%' }],
  theUnitOf: [{ zh: 'mmr', en: 'mmr' }],
  indicator: ['Maternal mortality', 'mmr'],
  rule: ['T-H-12'],
  takesAssessment: [{ zh: '规则 T-H-12', en: 'rule T-H-12' }, '"5"'],
  expectedAssessment: [],
  outOfRange: [{ zh: 'share', en: 'share' }, '120%', { zh: '0–100', en: '0–100' }],
  valueInRange: [{ zh: '0–100', en: '0–100' }, '%', { zh: 'share', en: 'share' }],
  range: [null, null],
  duplicateOf: ['a.csv:2', { zh: 'mmr 2021', en: 'mmr 2021' }, '5'],
  once: [],
  conflicting: [{ zh: 'mmr 2021', en: 'mmr 2021' }, '5', 'a.csv:2', '6', 'a.csv:3'],
  oneValue: [],
  missingWord: [],
  ragged: [5, 3, '"x"'],
  atMostFields: [3],
  emptyIndicator: [],
  indicatorExpected: [],
  emptyYear: [],
  notAYear: ['"20x4"'],
  expectedYear: [],
  located: [{ zh: '第2列', en: 'column 2' }, { zh: '年份为空', en: 'the year is empty' }],
  unknownIndicator: [{ zh: '第1列', en: 'column 1' }, '"nonexistent_ind"', 2, 3],
  indicatorOrRule: [],
  didYouMean: ['mmr'],
  unlistedUnit: [{ zh: '第2列', en: 'column 2' }, 'X', '乡镇（街道）', 'township', 1, 2],
  nameFromList: ['乡镇名单.csv'],
  unknownDimensionValue: [{ zh: '第2列', en: 'column 2' }, '"x"', 'area', 2, 5],
  dimensionValueExpected: ['area'],
  rowsCount: [2, 3],
  undeclaredExpected: ['area', 'sex'],
  unreadUnitExpected: ['A', 'B'],
  blankCellsFound: [],
  yearsOutside: [2, '2099', 3],
  shortRows: [2, 3, 2, 3],
  fieldsFound: [2],
  fieldsAsHeader: [3],
};
