// The closing parts: the comparison with last year, what is missing (by the unit that must report it), and the
// data-quality notes (rows not used, warnings).
import type { DiffReport } from '../../diff/types.js';
import { sayer } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/format.js';
import { COLUMN_TEXTS } from '../../i18n/render/columns.js';
import { DIFF_TEXTS } from '../../i18n/render/diff.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import type { ResultEntry } from '../../schema/results.js';
import { viewDiff } from '../diff-view.js';
import { CHANGE_WORDS, describeNote } from '../diff-words.js';
import { formatDiagnosticPlain } from '../../model/diagnostic.js';
import { esc } from './html.js';
import type { ReportInput } from './types.js';

const MAX_LISTED_ROWS = 200;

export function renderComparison(diff: DiffReport | null, year: number, lang: Lang): string {
  const say = sayer(REPORT_TEXTS, lang);
  const column = sayer(COLUMN_TEXTS, lang);
  const title = say('comparedWith', { year: year - 1 });
  if (!diff) return `<section class="part" id="comparison"><h2>${title}</h2><p>${say('noPreviousYear', { year: year - 1 })}</p></section>`;
  const counts = (['regressed', 'improved', 'data-lost', 'data-gained', 'unchanged'] as const).map((k) => `${CHANGE_WORDS[lang][k]} ${diff.summary[k]}`).join(' · ');
  const table = (kind: 'regressed' | 'improved') => {
    const rows = diff.changes.filter((c) => c.change === kind);
    const heading = `<h3>${esc(sayer(DIFF_TEXTS, lang)('groupTitle', { word: CHANGE_WORDS[lang][kind], count: rows.length }))}</h3>`;
    if (rows.length === 0) return `${heading}<p class="muted">${say('none')}</p>`;
    const body = rows
      .map((c) => viewDiff(c, lang))
      .map((v) => `<tr><td>${esc(v.id)}</td><td>${esc(v.indicator)}</td><td>${esc(v.status)}</td><td>${esc(v.value)}</td><td>${esc(v.target)}</td></tr>`)
      .join('');
    const head = (['rule', 'indicator', 'status', 'value', 'target'] as const).map((code) => column(code));
    return `${heading}<table class="changes" data-change="${kind}"><colgroup><col style="width:12%"><col style="width:24%"><col style="width:20%"><col style="width:28%"><col style="width:16%"></colgroup><thead><tr>${head
      .map((h) => `<th>${h}</th>`)
      .join('')}</tr></thead><tbody>${body}</tbody></table>`;
  };
  const notes = diff.notes.map((n) => `<li>${esc(describeNote(n, lang))}</li>`).join('');
  return `<section class="part" id="comparison"><h2>${title}</h2>
<p>${esc(counts)}${say('asDiffCompares')}</p>
${notes ? `<ul>${notes}</ul>` : ''}
${table('regressed')}
${table('improved')}
</section>`;
}

function byLead(results: readonly ResultEntry[]): Array<[string, ResultEntry[]]> {
  const groups = new Map<string, ResultEntry[]>();
  for (const r of results) {
    for (const lead of r.lead.length ? r.lead : ['—']) {
      if (!groups.has(lead)) groups.set(lead, []);
      groups.get(lead)!.push(r);
    }
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

function leadTable(results: readonly ResultEntry[], lang: Lang, id: string): string {
  const column = sayer(COLUMN_TEXTS, lang);
  const name = (r: ResultEntry) => (lang === 'en' && r.indicatorNameEn) || r.indicatorName || '';
  const rows = byLead(results)
    .map(([lead, rs]) => `<tr><td>${esc(lead)}</td><td class="num">${rs.length}</td><td>${rs.map((r) => esc(`${r.rule} ${name(r)}`.trim())).join('<br>')}</td></tr>`)
    .join('');
  return `<table class="by-lead" id="${id}"><colgroup><col style="width:24%"><col style="width:8%"><col></colgroup><thead><tr><th>${column('leadUnit')}</th><th class="num">${column('targetCount')}</th><th>${column('targets')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderMissing(results: readonly ResultEntry[], year: number, lang: Lang): string {
  const say = sayer(REPORT_TEXTS, lang);
  const noData = results.filter((r) => r.status === 'no-data');
  const notAssessed = results.filter((r) => r.status === 'not-assessed');
  return `<section class="part" id="missing"><h2>${say('missing')}</h2>
<h3>${say('noDataByLead', { count: noData.length })}</h3>
${noData.length ? leadTable(noData, lang, 'no-data-by-lead') : `<p>${say('none')}</p>`}
<h3>${say('notAssessedByLead', { count: notAssessed.length })}</h3>
${notAssessed.length ? leadTable(notAssessed, lang, 'not-assessed-by-lead') : `<p>${say('none')}</p>`}
<p class="muted">${say('askLeads', { year })}</p>
</section>`;
}

export function renderDataNotes(input: ReportInput): string {
  const { lang, dataNotes } = input;
  const say = sayer(REPORT_TEXTS, lang);
  const column = sayer(COLUMN_TEXTS, lang);
  const { read, used, unused, warnings } = dataNotes;
  const line = say('rowsLine', { read, used, unused: unused.length });
  const unusedRows = unused
    .slice(0, MAX_LISTED_ROWS)
    .map((u) => `<tr><td>${esc(`${u.file}:${u.line}`)}</td><td>${esc(u.reason[lang])}</td></tr>`)
    .join('');
  const more = unused.length > MAX_LISTED_ROWS ? `<p class="muted">${say('moreRows', { count: unused.length - MAX_LISTED_ROWS })}</p>` : '';
  const warningItems = warnings.map((w) => `<li>${esc(formatDiagnosticPlain(w, lang))}</li>`).join('');
  return `<section class="part" id="appendix"><h2>${say('appendix')}</h2>
<p id="rows-line">${esc(line)}</p>
${unused.length ? `<table class="unused"><colgroup><col style="width:35%"><col></colgroup><thead><tr><th>${column('where')}</th><th>${column('whyUnused')}</th></tr></thead><tbody>${unusedRows}</tbody></table>${more}` : ''}
<h3>${say('warnings')}</h3>
${warnings.length ? `<ul>${warningItems}</ul>` : `<p>${say('none')}</p>`}
</section>`;
}
