// The bounds a workbook is read within: beyond them it is refused or cut short with an error, never a crash.

export interface XlsxLimits {
  /** The workbook file itself (it is read into memory). */
  fileBytes: number;
  /** Any one part once decompressed (a sheet's XML, the shared strings): a zip bomb stops here. */
  partBytes: number;
  /** All parts together, decompressed. */
  totalBytes: number;
  /** Rows read from one workbook, all sheets together; the rest is not read and an error says so. */
  rows: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  fileBytes: 100 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  rows: 500_000,
};
