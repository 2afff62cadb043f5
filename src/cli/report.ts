// `plancheck report`: evaluate year Y (and Y−1 when the data has it), pass both through the results JSON, compare
// them with the diff code, and render one self-contained HTML page (or the draft narrative as markdown).
import path from 'node:path';
import { compareReports } from '../diff/compare-reports.js';
import { buildDataIndex } from '../evaluate/data-index.js';
import { evaluatePlans } from '../evaluate/evaluate-plans.js';
import type { Lang } from '../i18n/format.js';
import { toResultsFile } from '../render/results-file.js';
import type { ResultsFile } from '../schema/results.js';
import { resolveLang } from './environment.js';
import { checkYear } from './input-checks.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { latestYear, loadInputs, reportDataIntake, type InputOptions, type LoadedInputs } from './load-inputs.js';
import { parseFormat, parseYear } from './options.js';
import { writeOutput } from './write-output.js';

export const REPORT_FORMATS = ['html', 'markdown'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions extends InputOptions {
  year?: string;
  plan?: string;
  format?: string;
  output?: string;
  lang?: string;
}

/** The results of one year exactly as `evaluate --format json` writes them: the report can never show other numbers. */
function resultsOf(inputs: LoadedInputs, data: ReturnType<typeof buildDataIndex>, year: number, plan: string | undefined, lang: Lang): ResultsFile {
  return toResultsFile(evaluatePlans(inputs.model, data, year, { plan }), { lang, inputs: { plans: inputs.planPaths, data: inputs.dataPaths } });
}

function checkPlan(inputs: LoadedInputs, plan: string | undefined): void {
  const { plans } = inputs.model;
  if (plan && !plans.some((p) => p.id === plan)) throw new UsageError(`--plan "${plan}" matches no plan; expected one of: ${plans.map((p) => p.id).join(', ')}`);
}

/** The day the report is written; SOURCE_DATE_EPOCH fixes it for reproducible output. */
function today(env: NodeJS.ProcessEnv): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

export async function runReport(dataArgs: string[], options: ReportOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<ReportFormat>(options.format ?? 'html', REPORT_FORMATS);
  const year = parseYear(options.year);
  const inputs = await loadInputs(dataArgs, options, io);
  reportDataIntake(inputs, io, lang);
  checkPlan(inputs, options.plan);
  const evaluationYear = year ?? latestYear(inputs);
  const span = inputs.data.table.yearSpan();
  // The same year check as evaluate: a year the data does not cover is refused, never judged on other years' values.
  checkYear(evaluationYear, '--year', inputs.data.table, inputs.model, lang);
  const inputFiles = [...inputs.model.files, ...inputs.data.files];
  // Refuse to overwrite an input before the work of drawing, not after.
  if (options.output && inputFiles.some((f) => path.resolve(f) === path.resolve(io.cwd, options.output!))) {
    throw new UsageError(`--output ${options.output} is one of the input files; plancheck never writes to its inputs`);
  }
  const data = buildDataIndex(inputs.data.table, inputs.model);
  const results = resultsOf(inputs, data, evaluationYear, options.plan, lang);
  const hasLastYear = span !== null && span.first <= evaluationYear - 1;
  const diff = hasLastYear
    ? compareReports(resultsOf(inputs, data, evaluationYear - 1, options.plan, lang), results, { from: `evaluate --year ${evaluationYear - 1}`, to: `evaluate --year ${evaluationYear}` })
    : null;
  const input = {
    lang,
    results,
    diff,
    plans: inputs.model.plans,
    indicatorNamesEn: Object.fromEntries([...inputs.model.indicators.values()].map((i) => [i.id, i.name_en])),
    sources: { plans: inputs.planPaths, data: inputs.dataPaths, firstYear: span?.first ?? null, lastYear: span?.last ?? null },
    generatedOn: today(io.env),
    sample: inputs.sample,
    dataNotes: { ...inputs.data.rows, unused: inputs.data.rows.unused.toArray(), warnings: inputs.diagnostics.filter((d) => d.severity === 'warning') },
  };
  // ECharts loads here and only here (the markdown narrative needs no charts).
  const text =
    format === 'markdown'
      ? (await import('../render/report/markdown.js')).renderReportMarkdown(input)
      : (await import('../render/report/index.js')).renderReportHtml(input);
  if (options.output) await writeOutput(path.resolve(io.cwd, options.output), text, inputFiles, lang);
  else io.stdout(text);
  return EXIT.ok;
}
