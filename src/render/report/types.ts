// What the report renderer receives: the results of year Y (and Y−1 when the data has it), already compared, plus labels.
import type { DiffReport } from '../../diff/types.js';
import type { Lang } from '../../i18n/format.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { UnusedRow } from '../../model/data.js';
import type { Plan } from '../../schema/plan-file.js';
import type { ResultsFile } from '../../schema/results.js';

export interface ReportInput {
  lang: Lang;
  /** The results of the evaluation year, exactly as `evaluate --format json` writes them (each with its series). */
  results: ResultsFile;
  /** Year Y−1 compared with Y by the diff code; null when the data has no Y−1. */
  diff: DiffReport | null;
  plans: readonly Plan[];
  /** Indicator id → English name, for the English report (the results carry the Chinese name). */
  indicatorNamesEn: Readonly<Record<string, string>>;
  /** Where the rules and data came from, and the years the data covers. */
  sources: { plans: string[]; data: string[]; firstYear: number | null; lastYear: number | null };
  /** YYYY-MM-DD: the day the report was written. */
  generatedOn: string;
  /** True when the data is plancheck's bundled, made-up sample. */
  sample: boolean;
  dataNotes: { read: number; used: number; unused: readonly UnusedRow[]; warnings: readonly Diagnostic[] };
}
