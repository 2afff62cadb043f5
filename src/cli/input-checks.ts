// Checks that turn wrong inputs into a clear exit 2 instead of a clean-looking table: no data rows, a year
// the data does not cover. Kept apart from load-inputs.ts so commands call them; no evaluator code loads with them.
import { dataFileText } from '../i18n/diagnostics/data-files.js';
import type { Status } from '../core/types.js';
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import type { ObservationTable } from '../model/observation-table.js';
import type { PlanModel } from '../model/plan-model.js';
import { InputError, type Diagnostic } from '../model/diagnostic.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * No usable data rows at all (an empty folder, header-only files, only unsupported files, only unknown
 * indicators) is an input error, not a table of 无数据. The diagnostics already found (the warnings that
 * say why each file gave nothing) go out with it.
 */
export function checkDataRows(
  data: { rows: { read: number; used: number }; files: readonly string[] },
  dataPaths: readonly string[],
  diagnostics: readonly Diagnostic[] = [],
): void {
  const error = noDataRowsDiagnostic(data, dataPaths);
  if (error) throw new InputError([...diagnostics, error]);
}

/** The error for data without a single usable row, or null when there is one. */
export function noDataRowsDiagnostic(data: { rows: { read: number; used: number }; files: readonly string[] }, dataPaths: readonly string[]): Diagnostic | null {
  if (data.rows.used > 0) return null;
  const { read } = data.rows;
  const message = read > 0 ? dataFileText.noUsableRows(read) : dataFileText.noRows(data.files.length);
  return { severity: 'error', code: 'no-data-rows', message, file: dataPaths.join(', '), found: dataFileText.rowsReadNoneUsed(read), expected: dataFileText.oneUsableRow };
}

/** The years the data covers and the earliest year the plans allow; a year outside them is refused, naming both. */
export function checkYear(year: number, option: string, table: ObservationTable, model: PlanModel, lang: Lang): void {
  const span = table.yearSpan();
  const baseline = Math.min(...model.plans.map((p) => p.baseline_year));
  if (span !== null && year >= span.first && year <= span.last && year >= baseline) return;
  const covered = span === null ? message('noYearsCovered', lang) : span.first === span.last ? `${span.first}` : `${span.first}–${span.last}`;
  if (year < baseline) throw new UsageError('yearBeforeBaseline', { option, year, baseline, covered });
  throw new UsageError('yearOutsideData', { option, year, covered });
}

const JUDGED: ReadonlySet<Status> = new Set(['pass', 'at-risk', 'fail']);

/** Says on stderr which year was chosen when --year was not given, and how many rules have data for it. */
export function judgedCount(results: ReadonlyArray<{ status: Status }>): number {
  return results.filter((r) => JUDGED.has(r.status)).length;
}

/**
 * `previous`: the year before and how many rules it could judge, given when the default year judges fewer
 * than half the rules (one early row for the next year must not quietly empty the report).
 */
export function announceDefaultYear(
  report: { year: number; results: ReadonlyArray<{ status: Status }> },
  io: Io,
  lang: Lang,
  previous?: { year: number; judged: number },
): void {
  const judged = judgedCount(report.results);
  const total = report.results.length;
  // One short line (it must fit an 80-column terminal), and a second only when the year before judges more.
  io.stderr(`${message('defaultYear', lang, { year: report.year, judged, total })}\n`);
  if (previous && previous.judged > judged) io.stderr(`${message('previousYearJudges', lang, { year: previous.year, judged: previous.judged })}\n`);
}
