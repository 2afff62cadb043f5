// The data-collection sheet as an .xlsx workbook a member unit can fill in without breaking it: the descriptive
// columns locked (sheet protection without a password), the value cells validated, the unit and the plan's
// words as notes, and a 填报说明 sheet. Read back, it loads with no errors and no warnings.
import { createRequire } from 'node:module';
import type { Dimension } from '../schema/indicator.js';
import { templateNoteText, type TemplateRow } from './template.js';

type ExcelJs = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

export interface TemplateSheet {
  /** The lead unit the sheet is for. */
  unit: string;
  rows: readonly TemplateRow[];
}

export const ASSESSMENT_CHOICES = ['达标', '部分达标', '未达标'];
export const INSTRUCTIONS_SHEET = '填报说明';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

/** The range a value in this unit can take, for the cell's validation. */
export function valueRange(unit: string): { min: number; max?: number } {
  switch (unit) {
    case '%':
      return { min: 0, max: 100 };
    case '‰':
      return { min: 0, max: 1000 };
    case '/10万':
      return { min: 0, max: 100_000 };
    case '岁':
    case '年':
      return { min: 0, max: 150 };
    default:
      return { min: 0 };
  }
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
export function sheetNames(units: readonly string[]): string[] {
  const used = new Set<string>([INSTRUCTIONS_SHEET]);
  return units.map((unit) => {
    const base = unit.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || '未命名';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(name);
    return name;
  });
}

/** One workbook: the instructions first, then a sheet per lead unit. */
export async function renderTemplateWorkbook(sheets: readonly TemplateSheet[], year: number, dimensions: ReadonlyMap<string, Dimension>): Promise<Buffer> {
  const ExcelJS = createRequire(import.meta.url)('exceljs') as ExcelJs;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plancheck';
  // A fixed date: the same template twice is the same file.
  workbook.created = workbook.modified = new Date(Date.UTC(year + 1, 0, 1));
  addInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET), year);
  const names = sheetNames(sheets.map((s) => s.unit));
  sheets.forEach((sheet, i) => addUnitSheet(workbook.addWorksheet(names[i]!), sheet.rows, year, dimensions));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addUnitSheet(ws: Worksheet, rows: readonly TemplateRow[], year: number, dimensions: ReadonlyMap<string, Dimension>): void {
  const dims = [...new Set(rows.flatMap((r) => Object.keys(r.dims)))].sort();
  const header = ['指标代码', '说明', '单位', '牵头单位', '年份', '数值', ...dims.map((d) => dimensions.get(d)?.name || d), '备注'];
  const valueColumn = 6;
  const noteColumn = header.length;
  ws.columns = header.map((_, i) => ({ width: [22, 40, 8, 24, 8, 12][i] ?? 16 }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center' };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of rows) {
    const row = ws.addRow([r.indicator, r.name, r.unit, r.lead.join('；'), year, null, ...dims.map((d) => r.dims[d] ?? ''), templateNoteText(r.note, 'zh', (id) => dimensions.get(id)?.name || id)]);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column === valueColumn || column === noteColumn) cell.protection = { locked: false };
      else cell.fill = LOCKED_FILL;
    });
    const value = row.getCell(valueColumn);
    value.note = noteFor(r);
    value.dataValidation = r.assessment ? assessmentValidation() : numberValidation(r.unit);
  }
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 2, activeCell: 'F2' }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  // No password: a unit can still unprotect the sheet deliberately (审阅 › 撤消工作表保护).
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
}

function noteFor(row: TemplateRow): string {
  const unit = row.assessment ? '填写：达标 / 部分达标 / 未达标' : `单位：${row.unit === '' ? '无（纯数值）' : row.unit}`;
  return [unit, ...row.plan.map((text) => `规划原文：${text}`)].join('\n');
}

function assessmentValidation() {
  return {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${ASSESSMENT_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: '请选择评估结论',
    error: `请从下拉列表选择：${ASSESSMENT_CHOICES.join(' / ')}（Choose met / partly met / not met）`,
  };
}

function numberValidation(unit: string) {
  const { min, max } = valueRange(unit);
  const range = max === undefined ? `不小于 ${min} 的数值` : `${min} 到 ${max} 之间的数值`;
  const english = max === undefined ? `a number of at least ${min}` : `a number from ${min} to ${max}`;
  return {
    type: 'decimal' as const,
    operator: max === undefined ? ('greaterThanOrEqual' as const) : ('between' as const),
    allowBlank: true,
    formulae: max === undefined ? [min] : [min, max],
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: '数值超出范围',
    error: `请输入${range}${unit === '' ? '' : `（单位：${unit}）`}；没有数据请留空。(Enter ${english}${unit === '' ? '' : ` in ${unit}`}; leave empty when there is no figure.)`,
  };
}

function addInstructions(ws: Worksheet, year: number): void {
  const lines: Array<[string, string]> = [
    ['填报说明', 'How to fill in this workbook'],
    [`1. 每个牵头单位一张工作表，请在“数值”列填写${year}年的数据，其余列已锁定，请勿修改。`, `1. One sheet per lead unit: enter the ${year} figures in the 数值 (value) column; the other columns are locked.`],
    ['2. 按“单位”列填写：单位为 % 时填 95 或 95% 均可；‰、/10万 等同理。', '2. Use the unit in the 单位 column: for % enter 95 or 95%.'],
    ['3. 定性指标请从下拉列表选择：达标 / 部分达标 / 未达标。', '3. For qualitative targets choose 达标 / 部分达标 / 未达标 from the list.'],
    ['4. 没有数据的单元格请留空，不要填 0。', '4. Leave a cell empty when there is no figure; do not enter 0.'],
    ['5. 把鼠标停在“数值”单元格上可看到单位和规划原文。', '5. Hover over a value cell to see its unit and the plan’s words.'],
    ['6. 工作表保护没有密码：确需修改时可在“审阅 › 撤消工作表保护”中解除。', '6. The sheets are protected without a password (Review › Unprotect Sheet) if a change is really needed.'],
    ['7. 请保存为 .xlsx 格式后交回；plancheck evaluate 可直接读取本工作簿。', '7. Save as .xlsx and send it back; plancheck reads this workbook directly.'],
  ];
  ws.columns = [{ width: 90 }, { width: 90 }];
  for (const line of lines) ws.addRow(line);
  ws.getRow(1).font = { bold: true, size: 14 };
}
