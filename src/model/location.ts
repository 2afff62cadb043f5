// How a place in the data is written: `file:line:column` for text files, `book.xlsx › sheet › E12` for a sheet cell.

/** Between a workbook and its sheet in the name a sheet is reported under. */
export const SHEET_SEPARATOR = ' › ';

/** A to Z, AA…: the column letters Excel shows for a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `data.csv:12:3`, or `卫健局.xlsx › 2024年 › C12` (row 12 when the column is not known) for a sheet. */
export function formatLocation(file: string, line?: number, column?: number, lang: 'zh' | 'en' = 'en'): string {
  if (line !== undefined && file.includes(SHEET_SEPARATOR)) {
    return `${file}${SHEET_SEPARATOR}${column !== undefined ? `${columnLetters(column)}${line}` : lang === 'zh' ? `第 ${line} 行` : `row ${line}`}`;
  }
  return [file, line, line !== undefined ? column : undefined].filter((p) => p !== undefined).join(':');
}
