// The terminal diff: regressions, improvements and other changes as tables, then the counts and notes.
import Table from 'cli-table3';
import { palette } from './colors.js';
import { listedChanges } from '../diff/compare-reports.js';
import type { DiffReport } from '../diff/types.js';
import { DIFF_GROUPS, groupTitle, viewDiff, type DiffRenderOptions } from './diff-view.js';
import { describeNote, diffSummaryParts, diffTitle, sourcesLine, unchangedHint } from './diff-words.js';

const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '',
};

const HEADINGS = {
  zh: ['编号', '指标', '状态', '数值', '预测'],
  en: ['Rule', 'Indicator', 'Status', 'Value', 'Projected'],
};

function fitWidths(width: number, idWidth: number): number[] {
  const widths = [idWidth, 25 - idWidth, 19, 24, 12];
  const extra = Math.min(width, 120) - 80;
  widths[1]! += Math.floor(extra / 2);
  widths[3]! += Math.ceil(extra / 2);
  return widths;
}

/** The counts joined with " · ", broken into lines that fit the terminal (CJK counted as two columns). */
function wrapCounts(counts: string[], width: number): string[] {
  const columns = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const lines: string[] = [];
  for (const count of counts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && columns(`${last} · ${count}`) <= width - 2) lines[lines.length - 1] = `${last} · ${count}`;
    else lines.push(count);
  }
  return lines.map((line) => `  ${line}`);
}

export function renderDiffTable(report: DiffReport, options: DiffRenderOptions): string {
  const { lang } = options;
  const chalk = palette(options.color);
  const paint: Record<string, (s: string) => string> = {
    regressed: (s) => chalk.bold(chalk.red(s)),
    improved: (s) => chalk.bold(chalk.green(s)),
    other: (s) => chalk.bold(chalk.yellow(s)),
    unchanged: chalk.bold,
  };
  const listed = listedChanges(report, options.all);
  const idWidth = Math.min(14, Math.max(10, ...listed.map((c) => c.rule.length + 1)));
  const widths = fitWidths(Math.max(80, options.width), idWidth);
  const lines = [chalk.bold(diffTitle(report, lang)), ''];
  for (const note of report.notes) lines.push(chalk.dim(`* ${describeNote(note, lang)}`));
  if (report.notes.length) lines.push('');
  for (const group of DIFF_GROUPS) {
    const changes = listed.filter((c) => group.kinds.includes(c.change));
    if (changes.length === 0) continue;
    lines.push(paint[group.key]!(groupTitle(group.key, changes.length, lang)));
    const table = new Table({
      head: HEADINGS[lang],
      colWidths: widths,
      wordWrap: true,
      chars: NO_BORDER,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1, compact: true },
    });
    for (const change of changes) {
      const v = viewDiff(change, lang);
      table.push([v.id, v.indicator, v.status, v.value, v.projectedRange]);
    }
    lines.push(table.toString(), '');
  }
  if (listed.length === 0) lines.push(lang === 'zh' ? '没有状态变化。' : 'No status changes.', '');
  lines.push(diffSummaryParts(report, lang).head, ...wrapCounts(diffSummaryParts(report, lang).counts, Math.max(80, options.width)));
  if (!options.all && report.summary.unchanged > 0) lines.push(chalk.dim(unchangedHint(report, lang)));
  lines.push(chalk.dim(sourcesLine(report, lang)));
  return lines.join('\n') + '\n';
}
