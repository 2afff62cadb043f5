// `plancheck list` output: the rule catalogue as a table, JSON or CSV (pure functions of the entries).
import { csvHeaders } from '../i18n/csv-headers.js';
import type { Lang } from '../i18n/format.js';
import { kindWords } from '../i18n/kinds.js';
import { message } from '../i18n/messages.js';
import { columnHeadings } from './headings.js';
import type { CatalogueEntry } from './catalogue.js';
import { csvDocument, csvLine } from './csv-cell.js';
import { cellWidth, fitColumns, renderTerminalTable } from './terminal-table.js';
import { indicatorWords, shortUnitName, withTargetTerms } from './view.js';

export function renderListJson(entries: readonly CatalogueEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

export function renderListCsv(entries: readonly CatalogueEntry[], options: { lang: Lang; bom: boolean }): string {
  const columns = ['id', 'plan', 'domain', 'number', 'section', 'kind', 'indicator', 'target', 'every_year', 'aspirational', 'text', 'lead', 'responsible'];
  const rows = entries.map((e) => csvLine([e.id, e.plan, e.domain, e.number, e.section, e.kind, e.indicator, e.target, String(e.everyYear), String(e.aspirational), e.text, e.lead.join(';'), e.responsible.join(';')]));
  return csvDocument([csvLine(csvHeaders(columns, options.lang)), ...rows], options.bom);
}

export function renderListTable(entries: readonly CatalogueEntry[], options: { lang: Lang; width: number }): string {
  const { lang } = options;
  const head = columnHeadings(['rule', 'kind', 'indicator', 'target', 'lead'], lang);
  const rows = entries.map((e) => [
    e.id,
    kindWords(e.kind, lang),
    indicatorWords(e, lang),
    withTargetTerms(e.target, e, lang),
    e.lead.map(shortUnitName).join('、') || '—',
  ]);
  const want = (i: number) => Math.max(cellWidth(head[i]!), ...rows.map((row) => cellWidth(row[i]!))) + 1;
  // Rule ids and kinds are never cut; the indicator and target share what the terminal leaves.
  const widths = fitColumns(
    [
      { want: want(0), min: want(0) },
      { want: want(1), min: want(1) },
      { want: want(2), min: 12, share: 3 },
      { want: want(3), min: 12, share: 2 },
      { want: Math.min(want(4), 17), min: Math.min(want(4), 11) },
    ],
    options.width,
  );
  return `${renderTerminalTable(head, rows, widths)}\n${message('ruleCount', lang, { count: entries.length })}\n`;
}
