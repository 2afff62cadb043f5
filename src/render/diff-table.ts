// The terminal diff: regressions, improvements and other changes as tables, then the counts and notes.
import { message } from '../i18n/messages.js';
import { columnHeadings } from './headings.js';
import { painter } from './paint.js';
import { fitColumns, joinToFit, renderTerminalTable, cellWidth, PROJECTION_FROM_WIDTH } from './terminal-table.js';
import { listedChanges } from '../diff/compare-reports.js';
import type { DiffReport } from '../diff/types.js';
import { DIFF_GROUPS, groupTitle, viewDiff, type DiffRenderOptions } from './diff-view.js';
import { describeNote, diffSummaryParts, diffTitle, sourcesLine, unchangedHint } from './diff-words.js';

const COLUMNS = ['rule', 'indicator', 'status', 'value', 'projected'] as const;
const HEADINGS = { zh: columnHeadings(COLUMNS, 'zh'), en: columnHeadings(COLUMNS, 'en') };

export function renderDiffTable(report: DiffReport, options: DiffRenderOptions): string {
  const { lang } = options;
  const chalk = painter(options.color);
  const paint: Record<string, (s: string) => string> = {
    regressed: (s) => chalk.bold(chalk.red(s)),
    improved: (s) => chalk.bold(chalk.green(s)),
    other: (s) => chalk.bold(chalk.yellow(s)),
    unchanged: chalk.bold,
  };
  const listed = listedChanges(report, options.all);
  const views = new Map(listed.map((change) => [change, viewDiff(change, lang)]));
  const heads = HEADINGS[lang];
  const want = (i: number, cell: (v: ReturnType<typeof viewDiff>) => string) => Math.max(cellWidth(heads[i]!), ...[...views.values()].map((v) => cellWidth(cell(v)))) + 1;
  // As in the evaluate table, a narrow terminal leaves the projection out: the value and its change matter more.
  const showProjection = options.width >= PROJECTION_FROM_WIDTH;
  // The same engine and the same rule as the other tables: one line per rule, long cells cut with …, ids never cut.
  const widths = fitColumns(
    [
      { want: want(0, (v) => v.id), min: want(0, (v) => v.id) },
      { want: want(1, (v) => v.indicator), min: 11, share: 2 },
      // The status transition is what a diff is about: never cut (up to two of the longest English words).
      { want: Math.min(want(2, (v) => v.status), 30), min: Math.min(want(2, (v) => v.status), 30) },
      { want: want(3, (v) => v.value), min: 14, share: 3 },
      { want: want(4, (v) => v.projectedRange), min: Math.max(8, cellWidth(heads[4]!) + 1), share: 1 },
    ].slice(0, showProjection ? 5 : 4),
    options.width,
  );
  const lines = [chalk.bold(diffTitle(report, lang)), ''];
  for (const note of report.notes) lines.push(chalk.dim(`* ${describeNote(note, lang)}`));
  if (report.notes.length) lines.push('');
  for (const group of DIFF_GROUPS) {
    const changes = listed.filter((c) => group.kinds.includes(c.change));
    if (changes.length === 0) continue;
    lines.push(paint[group.key]!(groupTitle(group.key, changes.length, lang)));
    const rows = changes.map((change) => {
      const v = views.get(change)!;
      return [v.id, v.indicator, v.status, v.value, v.projectedRange].slice(0, widths.length);
    });
    lines.push(renderTerminalTable(heads.slice(0, widths.length), rows, widths), '');
  }
  if (listed.length === 0) lines.push(message('noStatusChanges', lang), '');
  lines.push(diffSummaryParts(report, lang).head, ...joinToFit('  ', diffSummaryParts(report, lang).counts, options.width));
  if (!options.all && report.summary.unchanged > 0) lines.push(chalk.dim(unchangedHint(report, lang)));
  lines.push(chalk.dim(sourcesLine(report, lang)));
  return lines.join('\n') + '\n';
}
