// `plancheck evaluate`: load rules and data, evaluate one year, render, pick the exit code.
import { buildDataIndex } from '../evaluate/data-index.js';
import { evaluatePlans } from '../evaluate/evaluate-plans.js';
import { checkSelection } from './check-selection.js';
import type { Report } from '../evaluate/evaluate-plans.js';
import type { DataLoadResult } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../schema/plan-file.js';
import { byCodePoint } from '../load/data/list-files.js';
import type { Status } from '../core/types.js';
import { loadRenderer, type Format } from '../render/index.js';
import { chooseDataSource } from './data-source.js';
import { resolveColor, resolveLang, resolveWidth } from './environment.js';
import { EXIT } from './exit-codes.js';
import { message } from '../i18n/messages.js';
import type { Io } from './io.js';
import { announceDefaultYear, checkYear, judgedCount } from './input-checks.js';
import { latestYear, loadInputs, reportDataIntake, resolvePlanPaths } from './load-inputs.js';
import { parseFormat, parseStatuses, parseYear } from './options.js';
import { createProgress } from './progress.js';
import { writeOutput } from './write-output.js';

export interface EvaluateOptions {
  plans?: string[];
  year?: string;
  plan?: string;
  domain?: string;
  lead?: string;
  format?: string;
  output?: string;
  lang?: string;
  failOn?: string;
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  /** -q: no warnings or notes on stderr. */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
  sample?: boolean;
}

export async function runEvaluate(dataArgs: string[], options: EvaluateOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<Format>(options.format);
  const failOn = parseStatuses(options.failOn ?? 'fail', '--fail-on');
  const planPaths = resolvePlanPaths(options, io);
  const source = chooseDataSource(dataArgs, io, { sample: options.sample, lang });
  const dataPaths = source.paths;
  const { report, plans, files, diagnostics, rows, previous } = await evaluateInputs(dataArgs, options, io, lang);
  if (!options.quiet) reportDataIntake({ diagnostics, data: { rows } }, io, lang);
  if (!options.quiet && options.year === undefined) announceDefaultYear(report, io, lang, previous);
  const render = await loadRenderer(format);
  const text = render(report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output), options.color),
    plans,
    inputs: { plans: [...planPaths].sort(byCodePoint), data: [...dataPaths].sort(byCodePoint) },
    failOn,
    width: resolveWidth(io),
    bom: options.bom ?? Boolean(options.output),
    sample: source.sample,
  });
  if (options.output) await writeOutput(options.output, text, files, lang);
  else io.stdout(text);
  return exitCodeFor(report, failOn);
}

/** What `evaluate` prints from: the report, and what the table and the intake lines need besides. */
interface Evaluation {
  report: Report;
  plans: Plan[];
  /** Every file read (rules and data): --output must never overwrite one. */
  files: string[];
  diagnostics: Diagnostic[];
  rows: DataLoadResult['rows'];
  /** For a default year that judges fewer than half the rules: how many the year before judges. */
  previous?: { year: number; judged: number };
}

/** Load, check the filters, evaluate. */
async function evaluateInputs(dataArgs: string[], options: EvaluateOptions, io: Io, lang: 'zh' | 'en'): Promise<Evaluation> {
  const progress = createProgress(io, lang);
  const inputs = await loadInputs(dataArgs, options, io, undefined, progress);
  const year = parseYear(options.year) ?? latestYear(inputs);
  checkYear(year, '--year', inputs.data.table, inputs.model, lang);
  checkSelection(inputs.model, options, lang);
  progress.step(message('progressEvaluating', lang, { count: inputs.model.rules.length }));
  const index = buildDataIndex(inputs.data.table, inputs.model);
  const report = evaluatePlans(inputs.model, index, year, options);
  const firstYear = inputs.data.table.yearSpan()?.first ?? year;
  const sparse = options.year === undefined && judgedCount(report.results) * 2 < report.results.length && year - 1 >= firstYear;
  const previous = sparse ? { year: year - 1, judged: judgedCount(evaluatePlans(inputs.model, index, year - 1, options).results) } : undefined;
  progress.done();
  const { diagnostics, data, model } = inputs;
  return { report, plans: model.plans, files: [...model.files, ...data.files], diagnostics, rows: data.rows, previous };
}

export function exitCodeFor(report: Report, failOn: readonly Status[]): number {
  return report.results.some((r) => failOn.includes(r.status)) ? EXIT.failOn : EXIT.ok;
}
