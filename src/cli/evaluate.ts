// `plancheck evaluate`: load rules and data, evaluate one year, render, pick the exit code.
import { evaluatePlansCached } from '../cache/report-cache.js';
import type { Report } from '../evaluate/evaluate-plans.js';
import type { Status } from '../evaluate/types.js';
import { renderers, type Format } from '../render/index.js';
import { resolveColor, resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { loadInputs, reportDataIntake, type LoadedInputs } from './load-inputs.js';
import { parseFormat, parseStatuses, parseYear } from './options.js';
import { createProgress } from './progress.js';
import { writeOutputAtomically } from './write-output.js';

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
  bom?: boolean;
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
}

export async function runEvaluate(dataArgs: string[], options: EvaluateOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<Format>(options.format);
  const failOn = parseStatuses(options.failOn ?? 'fail', '--fail-on');
  const progress = createProgress(io, lang);
  const inputs = await loadInputs(dataArgs, options, io, undefined, progress);
  reportDataIntake(inputs, io, lang);
  const year = parseYear(options.year) ?? latestYear(inputs);
  checkFilters(inputs, options);
  progress.step(lang === 'zh' ? `评估 ${inputs.model.rules.length} 条规则…` : `evaluating ${inputs.model.rules.length} rules…`);
  const report = await evaluatePlansCached(inputs, year, options, io.env);
  progress.done();
  const text = renderers[format](report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output)),
    plans: inputs.model.plans,
    inputs: { plans: inputs.planPaths, data: inputs.dataPaths },
    failOn,
    width: Number(io.env.COLUMNS) || 80,
    bom: Boolean(options.bom),
  });
  if (options.output) writeOutputAtomically(options.output, text, [...inputs.model.files, ...inputs.data.files]);
  else io.stdout(text);
  return exitCodeFor(report, failOn);
}

export function exitCodeFor(report: Report, failOn: readonly Status[]): number {
  return report.results.some((r) => failOn.includes(r.status)) ? EXIT.failOn : EXIT.ok;
}

/** The latest year with any observation; the plans' baseline year when the data is empty. */
export function latestYear(inputs: LoadedInputs): number {
  return inputs.data.table.yearSpan()?.last ?? Math.min(...inputs.model.plans.map((p) => p.baseline_year));
}

function checkFilters(inputs: LoadedInputs, options: EvaluateOptions): void {
  const { plans } = inputs.model;
  const fail = (message: string) => {
    throw new UsageError(message);
  };
  if (options.plan && !plans.some((p) => p.id === options.plan)) fail(`--plan "${options.plan}" matches no plan; expected one of: ${plans.map((p) => p.id).join(', ')}`);
  if (options.domain && !plans.some((p) => p.domains.some((d) => d.id === options.domain))) {
    fail(`--domain "${options.domain}" matches no domain; expected one of: ${[...new Set(plans.flatMap((p) => p.domains.map((d) => d.id)))].join(', ')}`);
  }
}
