// The closing parts: the comparison with last year, what is missing (by the unit that must report it), and the
// data-quality notes (rows not used, warnings).
import type { DiffReport } from '../../diff/types.js';
import type { Lang } from '../../i18n/format.js';
import type { ResultEntry } from '../../schema/results.js';
import { viewDiff } from '../diff-view.js';
import { CHANGE_WORDS, describeNote } from '../diff-words.js';
import { formatDiagnosticPlain } from '../../model/diagnostic.js';
import { esc } from './html.js';
import type { ReportInput } from './types.js';

const MAX_LISTED_ROWS = 200;

export function renderComparison(diff: DiffReport | null, year: number, lang: Lang): string {
  const zh = lang === 'zh';
  const title = zh ? `与${year - 1}年比较` : `Compared with ${year - 1}`;
  if (!diff) return `<section class="part" id="comparison"><h2>${title}</h2><p>${zh ? `数据中没有${year - 1}年，无法与上年比较。` : `The data has no ${year - 1}, so there is no comparison with the previous year.`}</p></section>`;
  const counts = (['regressed', 'improved', 'data-lost', 'data-gained', 'unchanged'] as const).map((k) => `${CHANGE_WORDS[lang][k]} ${diff.summary[k]}`).join(' · ');
  const table = (kind: 'regressed' | 'improved') => {
    const rows = diff.changes.filter((c) => c.change === kind);
    const heading = `<h3>${esc(CHANGE_WORDS[lang][kind])}${zh ? `（${rows.length}）` : ` (${rows.length})`}</h3>`;
    if (rows.length === 0) return `${heading}<p class="muted">${zh ? '无。' : 'None.'}</p>`;
    const body = rows
      .map((c) => viewDiff(c, lang))
      .map((v) => `<tr><td>${esc(v.id)}</td><td>${esc(v.indicator)}</td><td>${esc(v.status)}</td><td>${esc(v.value)}</td><td>${esc(v.target)}</td></tr>`)
      .join('');
    const head = zh ? ['编号', '指标', '状态', '数值', '目标'] : ['Rule', 'Indicator', 'Status', 'Value', 'Target'];
    return `${heading}<table class="changes" data-change="${kind}"><colgroup><col style="width:12%"><col style="width:24%"><col style="width:20%"><col style="width:28%"><col style="width:16%"></colgroup><thead><tr>${head
      .map((h) => `<th>${h}</th>`)
      .join('')}</tr></thead><tbody>${body}</tbody></table>`;
  };
  const notes = diff.notes.map((n) => `<li>${esc(describeNote(n, lang))}</li>`).join('');
  return `<section class="part" id="comparison"><h2>${title}</h2>
<p>${esc(counts)}${zh ? '（与 plancheck diff 的比较相同）' : ' (as plancheck diff compares them)'}</p>
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
  const zh = lang === 'zh';
  const rows = byLead(results)
    .map(([lead, rs]) => `<tr><td>${esc(lead)}</td><td class="num">${rs.length}</td><td>${rs.map((r) => esc(`${r.rule} ${r.indicatorName ?? ''}`.trim())).join('<br>')}</td></tr>`)
    .join('');
  return `<table class="by-lead" id="${id}"><colgroup><col style="width:24%"><col style="width:8%"><col></colgroup><thead><tr><th>${zh ? '牵头单位' : 'Lead unit'}</th><th class="num">${
    zh ? '项数' : 'Targets'
  }</th><th>${zh ? '目标' : 'Targets'}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderMissing(results: readonly ResultEntry[], year: number, lang: Lang): string {
  const zh = lang === 'zh';
  const noData = results.filter((r) => r.status === 'no-data');
  const notAssessed = results.filter((r) => r.status === 'not-assessed');
  return `<section class="part" id="missing"><h2>${zh ? '缺少的数据' : 'What is missing'}</h2>
<h3>${zh ? `无数据的目标（${noData.length}项），按应报送数据的牵头单位` : `Targets without data (${noData.length}), by the lead unit that must report them`}</h3>
${noData.length ? leadTable(noData, lang, 'no-data-by-lead') : `<p>${zh ? '无。' : 'None.'}</p>`}
<h3>${zh ? `待评估的定性目标（${notAssessed.length}项），按牵头单位` : `Qualitative goals not yet assessed (${notAssessed.length}), by lead unit`}</h3>
${notAssessed.length ? leadTable(notAssessed, lang, 'not-assessed-by-lead') : `<p>${zh ? '无。' : 'None.'}</p>`}
<p class="muted">${zh ? `请各牵头单位报送${year}年数据或评估结论。` : `Each lead unit is asked to report its ${year} data or assessment.`}</p>
</section>`;
}

export function renderDataNotes(input: ReportInput): string {
  const { lang, dataNotes } = input;
  const zh = lang === 'zh';
  const { read, used, unused, warnings } = dataNotes;
  const line = zh ? `数据行：读入 ${read}，使用 ${used}，未使用 ${unused.length}。` : `Data rows: ${read} read, ${used} used, ${unused.length} not used.`;
  const unusedRows = unused
    .slice(0, MAX_LISTED_ROWS)
    .map((u) => `<tr><td>${esc(`${u.file}:${u.line}`)}</td><td>${esc(u.reason[lang])}</td></tr>`)
    .join('');
  const more = unused.length > MAX_LISTED_ROWS ? `<p class="muted">${zh ? `另有 ${unused.length - MAX_LISTED_ROWS} 行未列出（plancheck validate 列出全部）。` : `${unused.length - MAX_LISTED_ROWS} more not listed (plancheck validate lists them all).`}</p>` : '';
  const warningItems = warnings.map((w) => `<li>${esc(formatDiagnosticPlain(w, lang))}</li>`).join('');
  return `<section class="part" id="appendix"><h2>${zh ? '附录：数据质量' : 'Appendix: data quality'}</h2>
<p id="rows-line">${esc(line)}</p>
${unused.length ? `<table class="unused"><colgroup><col style="width:35%"><col></colgroup><thead><tr><th>${zh ? '位置' : 'Where'}</th><th>${zh ? '未使用的原因' : 'Why not used'}</th></tr></thead><tbody>${unusedRows}</tbody></table>${more}` : ''}
<h3>${zh ? '警告' : 'Warnings'}</h3>
${warnings.length ? `<ul>${warningItems}</ul>` : `<p>${zh ? '无。' : 'None.'}</p>`}
</section>`;
}
