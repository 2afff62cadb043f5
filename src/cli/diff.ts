// `plancheck diff`: two results files, or two years evaluated on the spot, compared rule by rule.
import path from 'node:path';
import { compareReports, hasRegression, incomparableReason, type ResultsFilter } from '../diff/compare-reports.js';
import { buildDataIndex } from '../evaluate/data-index.js';
import { evaluatePlans } from '../evaluate/evaluate-plans.js';
import { loadDiffRenderer, DIFF_FORMATS, type DiffFormat } from '../render/diff-renderers.js';
import { toResultsFile } from '../render/results-file.js';
import type { ResultsFile } from '../schema/results.js';
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { guardText, readFailure, say } from '../i18n/guard-messages.js';
import { readBounded, refusalOf } from '../load/read-guard.js';
import { resolveColor, resolveLang, resolveWidth } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import { checkSelection } from './check-selection.js';
import { checkYear } from './input-checks.js';
import { leadMatches } from '../model/lead-aliases.js';
import { sampleNotice } from '../render/sample-notice.js';
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
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  /** -q: no warnings or notes on stderr. */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
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
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.message[lang]}`);
  return parsed.results;
}

async function readBothFiles(args: string[], io: Io, lang: Lang): Promise<Sides> {
  if (args.length !== 2) {
    throw new UsageError('diffArguments', { count: args.length });
  }
  const [older, newer] = args as [string, string];
  return { older: { label: older, results: await readResultsFile(older, io, lang) }, newer: { label: newer, results: await readResultsFile(newer, io, lang) }, inputs: [older, newer] };
}

/** Both years evaluated from one load of rules and data, as the results files `evaluate --format json` writes. */
async function evaluateBothYears(dataArgs: string[], options: DiffOptions, io: Io, lang: 'zh' | 'en'): Promise<Sides> {
  if (options.from === undefined) throw new UsageError('toNeedsFrom');
  const inputs = await loadInputs(dataArgs, options, io);
  if (!options.quiet) reportDataIntake(inputs, io, lang);
  const data = buildDataIndex(inputs.data.table, inputs.model);
  const evaluated = (year: number): Side => {
    const results = toResultsFile(evaluatePlans(inputs.model, data, year), { lang, inputs: { plans: inputs.planPaths, data: inputs.dataPaths }, sample: inputs.sample });
    return { label: `evaluate --year ${year}`, results };
  };
  const from = parseYear(options.from, '--from')!;
  const to = parseYear(options.to, '--to') ?? latestYear(inputs);
  checkYear(from, '--from', inputs.data.table, inputs.model, lang);
  checkYear(to, '--to', inputs.data.table, inputs.model, lang);
  checkSelection(inputs.model, { plan: options.plan, domain: options.domain, lead: options.lead }, lang);
  if (inputs.sample) io.stderr(`${sampleNotice(lang)}\n`);
  return { older: evaluated(from), newer: evaluated(to), inputs: [...inputs.model.files, ...inputs.data.files] };
}

function checkComparable(sides: Sides): void {
  const reason = incomparableReason(sides.older.results, sides.newer.results);
  if (reason) {
    throw new UsageError('noCommonPlan', { older: sides.older.label, newer: sides.newer.label, olderPlans: reason.olderPlans.join(', '), newerPlans: reason.newerPlans.join(', ') });
  }
}

function checkFilters(sides: Sides, filter: ResultsFilter, lang: 'zh' | 'en'): void {
  const all = [...sides.older.results.results, ...sides.newer.results.results];
  for (const key of ['plan', 'domain'] as const) {
    const wanted = filter[key];
    const known = [...new Set(all.map((r) => r[key]))];
    if (wanted && !known.includes(wanted)) throw new UsageError('resultsFilterNoMatch', { key, value: wanted, expected: known.join(', ') });
  }
  const lead = filter.lead;
  if (lead && !all.some((r) => r.lead.some((unit) => leadMatches(unit, lead)))) {
    const units = [...new Set(all.flatMap((r) => r.lead))].slice(0, 8);
    throw new UsageError('leadNotInResults', { value: lead, units: units.join(message('listSeparator', lang)) });
  }
}

export async function runDiff(args: string[], options: DiffOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<DiffFormat>(options.format, DIFF_FORMATS);
  const sides = options.from !== undefined || options.to !== undefined ? await evaluateBothYears(args, options, io, lang) : await readBothFiles(args, io, lang);
  checkComparable(sides);
  const filter: ResultsFilter = { plan: options.plan, domain: options.domain, lead: options.lead };
  checkFilters(sides, filter, lang);
  const report = compareReports(sides.older.results, sides.newer.results, { from: sides.older.label, to: sides.newer.label }, filter);
  const render = await loadDiffRenderer(format);
  const text = render(report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output), options.color),
    width: resolveWidth(io),
    bom: options.bom ?? Boolean(options.output),
    all: Boolean(options.all),
  });
  if (options.output) await writeOutput(options.output, text, sides.inputs, lang);
  else io.stdout(text);
  return options.failOnRegression && hasRegression(report) ? EXIT.failOn : EXIT.ok;
}
