// Markdown diff for a pull-request comment: counts first, regressions and improvements as tables.
import { listedChanges } from '../diff/compare-reports.js';
import type { DiffReport } from '../diff/types.js';
import { DIFF_GROUPS, groupTitle, viewDiff, type DiffRenderOptions } from './diff-view.js';
import { CHANGE_SYMBOLS, describeNote, diffSummaryLine, diffTitle, sourcesLine, unchangedHint } from './diff-words.js';
import { markdownCell, markdownRow } from './markdown.js';
import { columnHeadings } from './headings.js';
import { message } from '../i18n/messages.js';

const COLUMNS = ['rule', 'indicator', 'target', 'status', 'value', 'projected'] as const;
const HEAD = { zh: columnHeadings(COLUMNS, 'zh'), en: columnHeadings(COLUMNS, 'en') };

const GROUP_SYMBOL: Record<string, string> = { regressed: CHANGE_SYMBOLS.regressed, improved: CHANGE_SYMBOLS.improved, other: '~', unchanged: '=' };

export function renderDiffMarkdown(report: DiffReport, options: DiffRenderOptions): string {
  const { lang } = options;
  const listed = listedChanges(report, options.all);
  const lines = [`## ${diffTitle(report, lang)}`, '', `**${markdownCell(diffSummaryLine(report, lang))}**`, ''];
  if (report.notes.length) lines.push(report.notes.map((note) => `> ${markdownCell(describeNote(note, lang))}`).join('\n>\n'), '');
  for (const group of DIFF_GROUPS) {
    const changes = listed.filter((c) => group.kinds.includes(c.change));
    if (changes.length === 0) continue;
    const title = `${GROUP_SYMBOL[group.key]} ${groupTitle(group.key, changes.length, lang)}`;
    // Long lists that do not need attention fold away in a PR comment.
    const fold = group.key === 'unchanged' || (group.key === 'other' && changes.length > 10);
    lines.push(fold ? `<details><summary>${title}</summary>` : `### ${title}`, '', markdownRow(HEAD[lang]), `|${' --- |'.repeat(HEAD[lang].length)}`);
    for (const change of changes) {
      const v = viewDiff(change, lang);
      lines.push(markdownRow([`\`${v.id}\``, v.indicator, v.target, v.status, v.value, v.projected]));
    }
    lines.push('');
    if (fold) lines.push('</details>', '');
  }
  if (listed.length === 0) lines.push(message('noStatusChanges', lang), '');
  if (!options.all && report.summary.unchanged > 0) lines.push(unchangedHint(report, lang), '');
  lines.push(`_${markdownCell(sourcesLine(report, lang))}_`);
  return lines.join('\n') + '\n';
}
