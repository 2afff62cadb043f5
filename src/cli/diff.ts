// `plancheck diff`: two results files, or two years evaluated on the spot, compared rule by rule.
import path from 'node:path';
import { compareReports, hasRegression, incomparableReason, type ResultsFilter } from '../diff/compare-reports.js';
import { buildDataIndex } from '../evaluate/data-index.js';
import { evaluatePlans } from '../evaluate/evaluate-plans.js';
import { diffRenderers, DIFF_FORMATS, type DiffFormat } from '../render/diff-renderers.js';
import { toResultsFile } from '../render/results-file.js';
import type { ResultsFile } from '../schema/results.js';
import type { Lang } from '../i18n/format.js';
import { guardText, readFailure, say } from '../i18n/guard-messages.js';
import { readBounded, refusalOf } from '../load/read-guard.js';
import { resolveColor, resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { latestYear, loadInputs, reportDataIntake, type InputOptions } from './load-inputs.js';
import { parseFormat, parseYear } from './options.js';
import { writeOutput } from './write-output.js';

export interface DiffOptions extends InputOptions, ResultsFilter {
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  lang?: string;
  all?: boolean;
  failOnRegression?: boolean;
  bom?: boolean;
}

interface Side {
  label: string;
  results: ResultsFile;
}

interface Sides {
  older: Side;
  newer: Side;
  /** Files the output must never overwrite. */
  inputs: string[];
}

/** Results files are checked against their zod schema, loaded only here: `diff --from` never needs it. */
export async function readResultsFile(file: string, io: Io, lang: Lang = 'en'): Promise<ResultsFile> {
  let text: string;
  try {
    text = readBounded(path.resolve(io.cwd, file)).toString('utf8');
  } catch (error) {
    const refusal = refusalOf(file, error);
    throw new UsageError(say(lang, guardText.cannotRead(file, readFailure(refusal.code, refusal.detail), guardText.resultsFileExpected)));
  }
  const { parseResultsText } = await import('../diff/read-results.js');
  const parsed = parseResultsText(text);
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.message}`);
  return parsed.results;
}

async function readBothFiles(args: string[], io: Io, lang: Lang): Promise<Sides> {
  if (args.length !== 2) {
    throw new UsageError(`diff needs two results files (old new), or --from <year> [--to <year>] with data; got ${args.length} argument${args.length === 1 ? '' : 's'}`);
  }
  const [older, newer] = args as [string, string];
  return { older: { label: older, results: await readResultsFile(older, io, lang) }, newer: { label: newer, results: await readResultsFile(newer, io, lang) }, inputs: [older, newer] };
}

/** Both years evaluated from one load of rules and data, as the results files `evaluate --format json` writes. */
async function evaluateBothYears(dataArgs: string[], options: DiffOptions, io: Io, lang: 'zh' | 'en'): Promise<Sides> {
  if (options.from === undefined) throw new UsageError('--to needs --from <year>; expected e.g. --from 2023 --to 2024');
  const inputs = await loadInputs(dataArgs, options, io);
  reportDataIntake(inputs, io, lang);
  const data = buildDataIndex(inputs.data.table, inputs.model);
  const evaluated = (year: number): Side => {
    const results = toResultsFile(evaluatePlans(inputs.model, data, year), { lang, inputs: { plans: inputs.planPaths, data: inputs.dataPaths } });
    return { label: `evaluate --year ${year}`, results };
  };
  const from = parseYear(options.from, '--from')!;
  const to = parseYear(options.to, '--to') ?? latestYear(inputs);
  return { older: evaluated(from), newer: evaluated(to), inputs: [...inputs.model.files, ...inputs.data.files] };
}

function checkComparable(sides: Sides): void {
  const reason = incomparableReason(sides.older.results, sides.newer.results);
  if (reason) {
    throw new UsageError(
      `${sides.older.label} and ${sides.newer.label} have no plan in common (${reason.olderPlans.join(', ')} vs ${reason.newerPlans.join(', ')}); expected results of the same plans`,
    );
  }
}

function checkFilters(sides: Sides, filter: ResultsFilter): void {
  const all = [...sides.older.results.results, ...sides.newer.results.results];
  for (const key of ['plan', 'domain'] as const) {
    const wanted = filter[key];
    const known = [...new Set(all.map((r) => r[key]))];
    if (wanted && !known.includes(wanted)) throw new UsageError(`--${key} "${wanted}" matches no ${key} in the results; expected one of: ${known.join(', ')}`);
  }
}

export async function runDiff(args: string[], options: DiffOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<DiffFormat>(options.format, DIFF_FORMATS);
  const sides = options.from !== undefined || options.to !== undefined ? await evaluateBothYears(args, options, io, lang) : await readBothFiles(args, io, lang);
  checkComparable(sides);
  const filter: ResultsFilter = { plan: options.plan, domain: options.domain, lead: options.lead };
  checkFilters(sides, filter);
  const report = compareReports(sides.older.results, sides.newer.results, { from: sides.older.label, to: sides.newer.label }, filter);
  const text = diffRenderers[format](report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output)),
    width: Number(io.env.COLUMNS) || 80,
    bom: Boolean(options.bom),
    all: Boolean(options.all),
  });
  if (options.output) await writeOutput(options.output, text, sides.inputs, lang);
  else io.stdout(text);
  return options.failOnRegression && hasRegression(report) ? EXIT.failOn : EXIT.ok;
}
