// Column headings in the output language, from the column catalogue.
import { sayIn } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/format.js';
import { COLUMN_TEXTS, type ColumnCode } from '../i18n/render/columns.js';

export function columnHeadings(codes: readonly ColumnCode[], lang: Lang): string[] {
  return codes.map((code) => sayIn(COLUMN_TEXTS, code, lang));
}
