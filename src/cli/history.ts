// `plancheck history`: each selected rule evaluated in every year of the data, with a sparkline and the first year met.
import fs from 'node:fs';
import path from 'node:path';
import { buildHistory, yearsOfData } from '../diff/history.js';
import { buildDataIndex } from '../evaluate/data-index.js';
import { selectRules, type RuleFilter } from '../evaluate/evaluate-plans.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { loadHistoryRenderer, HISTORY_FORMATS, type HistoryFormat } from '../render/history-renderers.js';
import { resolveColor, resolveLang, resolveWidth } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import { checkSelection } from './check-selection.js';
import { sampleNotice } from '../render/sample-notice.js';
import type { Io } from './io.js';
import { loadInputs, loadModelOrThrow, reportDataIntake, type InputOptions } from './load-inputs.js';
import { parseFormat } from './options.js';
import { writeOutput } from './write-output.js';

export interface HistoryOptions extends InputOptions, RuleFilter {
  format?: string;
  output?: string;
  lang?: string;
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  /** -q: no warnings or notes on stderr. */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

/** Arguments that name a rule are rules; the rest must be data files or folders. */
export function splitRulesAndData(args: readonly string[], model: PlanModel, io: Io): { rules: string[]; data: string[] } {
  // Rule ids in any case, as explain takes them: W-HEALTH-4B is W-HEALTH-4b.
  const ids = new Map(model.rules.map((r) => [r.rule.id.toLowerCase(), r.rule.id]));
  const rules: string[] = [];
  const data: string[] = [];
  for (const arg of args) {
    const id = ids.get(arg.toLowerCase());
    if (id !== undefined && !fs.existsSync(path.resolve(io.cwd, arg))) rules.push(id);
    else if (fs.existsSync(path.resolve(io.cwd, arg))) data.push(arg);
    else if (/^[A-Z]+-[A-Z]+-/i.test(arg)) throw new UsageError('notARuleId', { value: arg });
    else throw new UsageError('neitherRuleNorPath', { value: arg });
  }
  return { rules, data };
}

function selectHistoryRules(model: PlanModel, ruleIds: readonly string[], filter: RuleFilter): LoadedRule[] {
  const selected = selectRules(model, filter);
  if (ruleIds.length === 0) return selected;
  const chosen = selected.filter((r) => ruleIds.includes(r.rule.id));
  const dropped = ruleIds.filter((id) => !chosen.some((r) => r.rule.id === id));
  if (dropped.length) throw new UsageError('rulesExcluded', { rules: dropped.join(', ') });
  // In the order asked for.
  return ruleIds.map((id) => chosen.find((r) => r.rule.id === id)!);
}

export async function runHistory(args: string[], options: HistoryOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<HistoryFormat>(options.format, HISTORY_FORMATS);
  const loadedModel = await loadModelOrThrow(options, io);
  const { rules: ruleIds, data: dataArgs } = splitRulesAndData(args, loadedModel.model, io);
  const inputs = await loadInputs(dataArgs, options, io, loadedModel);
  if (!options.quiet) reportDataIntake(inputs, io, lang);
  checkSelection(inputs.model, options, lang);
  const rules = selectHistoryRules(inputs.model, [...new Set(ruleIds)], options);
  if (inputs.sample && !options.quiet) io.stderr(`${sampleNotice(lang)}\n`);
  const years = yearsOfData(inputs.data.table);
  const report = buildHistory(rules, inputs.model, buildDataIndex(inputs.data.table, inputs.model), years);
  const render = await loadHistoryRenderer(format);
  const text = render(report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output), options.color),
    width: resolveWidth(io),
    bom: options.bom ?? Boolean(options.output),
  });
  if (options.output) await writeOutput(options.output, text, [...inputs.model.files, ...inputs.data.files], lang);
  else io.stdout(text);
  return EXIT.ok;
}
