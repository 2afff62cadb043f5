// Pure parser for a year cell or a year column header: 2024, ２０２４, 2024年, 2024.0.
import { cleanCell } from './normalize-text.js';

const YEAR = /^(\d{4})(?:\.0+)?\s*(?:年度?)?$/;

/** The year a cell names, or undefined when it is not a year. */
export function parseYear(raw: string): number | undefined {
  if (raw.length === 4 && isDigits(raw)) return Number(raw);
  const match = YEAR.exec(cleanCell(raw));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
