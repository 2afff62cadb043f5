// Builds test workbooks with exceljs, shaped like what member units send.
import ExcelJS from 'exceljs';

export type Workbook = ExcelJS.Workbook;

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * 卫健局.xlsx as an office sends it: an instructions sheet, a wide sheet with a merged title, a header merged over
 * two rows, an indicator cell merged down two rows, percentages, text-stored and full-width numbers, formulas (one never calculated)
 * and a totals row; a long sheet with a year formatted as a date and one bad value; a hidden sheet; an empty sheet.
 */
export function officeWorkbook(wb: ExcelJS.Workbook): void {
  wb.addWorksheet('说明').addRow(['请按表填写']);
  const wide = wb.addWorksheet('2024年');
  wide.addRow(['威宁县妇女儿童发展监测数据（卫健局）']);
  wide.mergeCells('A1:E1');
  wide.addRow(['指标', '乡镇', '年份']);
  wide.addRow([null, null, 2022, 2023, 2024]);
  wide.mergeCells('A2:A3');
  wide.mergeCells('B2:B3');
  wide.mergeCells('C2:E2');
  wide.addRow(['住院分娩率', '草海镇', 0.95, '96.5', { formula: 'D4+1', result: 97.5 }]);
  wide.getCell('C4').numFmt = '0%';
  wide.addRow([null, '雪山镇', '９８．５', null, { formula: 'C5/0' }]);
  wide.mergeCells('A4:A5');
  wide.addRow(['合计', null, { formula: 'SUM(C4:C5)', result: 1 }]);
  const long = wb.addWorksheet('long');
  long.addRow(['indicator', 'year', 'value']);
  long.addRow(['infant_mortality', new Date(Date.UTC(2023, 0, 1)), 3.9]);
  long.getCell('B2').numFmt = 'yyyy"年"';
  long.addRow(['life_expectancy', 2023, '７７.６岁']);
  long.addRow(['sex_ratio', 2023, 'abc']);
  const hidden = wb.addWorksheet('旧数据', { state: 'hidden' });
  hidden.addRow(['indicator', 'year', 'value']);
  hidden.addRow(['sex_ratio', 2021, 999]);
  wb.addWorksheet('Sheet3');
}
