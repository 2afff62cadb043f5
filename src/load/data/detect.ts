// Detect a file's delimiter from its first line and its layout (long or wide) from its header.
import { cleanCell, nameKey, quote } from './normalize-text.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import { LONG_LAYOUT_DESCRIPTIVE, type HeaderName } from './header-names.js';
import { parseYear } from './parse-year.js';

export type Delimiter = ',' | '\t';

export interface Layout {
  kind: 'long' | 'wide';
  /** Header columns that count (empty names at the end dropped). */
  width: number;
  /** Header names as written, for messages. */
  names: readonly string[];
  indicator: number;
  year: number;
  value: number;
  unit: number;
  /** Dimension columns, sorted by dimension id. */
  dimensions: ReadonlyArray<{ index: number; id: string }>;
  /** Wide layout: the year columns. */
  years: ReadonlyArray<{ index: number; year: number }>;
}


export interface HeaderProblem {
  severity: 'error' | 'warning';
  code: 'bad-header' | 'duplicate-column' | 'unknown-column';
  column?: number;
  /** What is wrong, naming the column. */
  problem: Bilingual;
  found: string;
  expected: Bilingual;
}

/** Tab when the first line holding a comma or a tab (outside quotes) has more tabs than commas, else comma. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === '\t') tabs++;
    else if ((c === '\n' || c === '\r') && commas + tabs > 0) break;
  }
  return tabs > commas ? '\t' : ',';
}

/** English headers named by their meaning in Chinese messages: 第3列（数值）, 第4列（乡镇）. */
const ZH_ROLE_NAMES: Readonly<Record<string, string>> = {
  indicator: '指标', year: '年份', value: '数值', unit: '单位', note: '备注',
  township: '乡镇', area: '城乡', sex: '性别', age_group: '年龄组', site: '机构',
};

/** The position and name of a column for messages: `column 3 (value)`, 第3列（数值）. */
export function columnLabel(names: readonly string[], index: number): Bilingual {
  const name = names[index] ?? '';
  return dataRowText.column(index + 1, name, ZH_ROLE_NAMES[nameKey(name)] ?? name);
}

/** Read the header row: which layout, which column holds what, and what is wrong with it. */
export function detectLayout(header: readonly string[], known: ReadonlyMap<string, HeaderName>): { layout?: Layout; problems: HeaderProblem[] } {
  const names = header.map((h) => cleanCell(h));
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, number>();
  const fixed: Partial<Record<string, number>> = {};
  const dimensions: Array<{ index: number; id: string }> = [];
  const years: Array<{ index: number; year: number }> = [];
  const others: number[] = [];
  for (let i = 0; i < width; i++) {
    const name = names[i] ?? '';
    const found: HeaderName | undefined = known.get(nameKey(name));
    const year = found === undefined ? parseYear(name) : undefined;
    const slot = found?.role === 'dimension' ? `dim:${found.dimension}` : found ? found.role : year !== undefined ? `year:${year}` : `name:${nameKey(name)}`;
    // Several note columns are harmless (notes are not read); any other repeat is ambiguous.
    const earlier = name === '' || slot === 'note' ? undefined : seen.get(slot);
    if (earlier !== undefined) {
      const same = nameKey(name) === nameKey(names[earlier] ?? '');
      const problem = dataRowText.repeatsColumn(columnLabel(names, i), columnLabel(names, earlier), same);
      problems.push({ severity: 'error', code: 'duplicate-column', column: i + 1, problem, found: name, expected: dataRowText.eachColumnOnce });
      continue;
    }
    seen.set(slot, i);
    if (found?.role === 'dimension') dimensions.push({ index: i, id: found.dimension });
    else if (found) fixed[found.role] = i;
    else if (year !== undefined) years.push({ index: i, year });
    else others.push(i);
  }
  if (problems.length > 0) return { problems };
  const long = fixed.year !== undefined && fixed.value !== undefined;
  let indicator = fixed.indicator;
  if (!long && indicator === undefined && others[0] === 0) indicator = others.shift();
  const wide = !long && years.length > 0;
  if (!long && !wide) return { problems: [missingColumns(names, width, fixed)] };
  if (indicator === undefined) {
    const found = names.slice(0, width).join(',');
    return { problems: [{ severity: 'error', code: 'bad-header', column: 1, problem: dataRowText.noIndicatorColumn(quote(found, 80)), found, expected: dataRowText.expectedHeader }] };
  }
  const ignored = long ? [...others, ...years.map((y) => y.index)] : [...others, fixed.year, fixed.value].filter((i): i is number => i !== undefined);
  for (const i of ignored.sort((a, b) => a - b)) {
    if (long && LONG_LAYOUT_DESCRIPTIVE.has(nameKey(names[i] ?? ''))) continue;
    const problem = names[i] === '' ? dataRowText.unnamedColumn(i + 1) : dataRowText.unknownColumn(columnLabel(names, i));
    problems.push({ severity: 'warning', code: 'unknown-column', column: i + 1, problem, found: names[i] ?? '', expected: dataRowText.knownColumns });
  }
  dimensions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const layout: Layout = {
    kind: long ? 'long' : 'wide',
    width,
    names,
    indicator,
    year: long ? (fixed.year ?? -1) : -1,
    value: long ? (fixed.value ?? -1) : -1,
    unit: fixed.unit ?? -1,
    dimensions,
    years: long ? [] : years,
  };
  return { layout, problems };
}

function missingColumns(names: readonly string[], width: number, fixed: Partial<Record<string, number>>): HeaderProblem {
  const missing = (['indicator', 'year', 'value'] as const).filter((r) => fixed[r] === undefined);
  const found = names.slice(0, width).join(',');
  const problem = dataRowText.missingColumns(missing, quote(found, 80));
  return { severity: 'error', code: 'bad-header', column: 1, problem, found, expected: dataRowText.expectedHeader };
}
