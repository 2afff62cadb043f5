// `plancheck history`: each selected rule evaluated in every year of the data, with a sparkline and the first year met.
import fs from 'node:fs';
import path from 'node:path';
import { buildHistory, yearsOfData } from '../diff/history.js';
import { buildDataIndex } from '../evaluate/data-index.js';
import { selectRules, type RuleFilter } from '../evaluate/evaluate-plans.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { historyRenderers, HISTORY_FORMATS, type HistoryFormat } from '../render/history-renderers.js';
import { resolveColor, resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { loadInputs, loadModelOrThrow, reportDataIntake, type InputOptions } from './load-inputs.js';
import { parseFormat } from './options.js';
import { writeOutput } from './write-output.js';

export interface HistoryOptions extends InputOptions, RuleFilter {
  format?: string;
  output?: string;
  lang?: string;
  bom?: boolean;
}

/** Arguments that name a rule are rules; the rest must be data files or folders. */
export function splitRulesAndData(args: readonly string[], model: PlanModel, io: Io): { rules: string[]; data: string[] } {
  const ids = new Set(model.rules.map((r) => r.rule.id));
  const rules: string[] = [];
  const data: string[] = [];
  for (const arg of args) {
    if (ids.has(arg)) rules.push(arg);
    else if (fs.existsSync(path.resolve(io.cwd, arg))) data.push(arg);
    else if (/^[A-Z]+-[A-Z]+-/.test(arg)) throw new UsageError(`"${arg}" is not a rule id; plancheck list shows the rule ids`);
    else throw new UsageError(`"${arg}" is neither a rule id nor an existing data file or folder`);
  }
  return { rules, data };
}

function selectHistoryRules(model: PlanModel, ruleIds: readonly string[], filter: RuleFilter): LoadedRule[] {
  const selected = selectRules(model, filter);
  if (ruleIds.length === 0) return selected;
  const chosen = selected.filter((r) => ruleIds.includes(r.rule.id));
  const dropped = ruleIds.filter((id) => !chosen.some((r) => r.rule.id === id));
  if (dropped.length) throw new UsageError(`rule ${dropped.join(', ')} is excluded by --plan/--domain/--lead; expected rules the filters keep`);
  // In the order asked for.
  return ruleIds.map((id) => chosen.find((r) => r.rule.id === id)!);
}

export async function runHistory(args: string[], options: HistoryOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<HistoryFormat>(options.format, HISTORY_FORMATS);
  const loadedModel = await loadModelOrThrow(options, io);
  const { rules: ruleIds, data: dataArgs } = splitRulesAndData(args, loadedModel.model, io);
  const inputs = await loadInputs(dataArgs, options, io, loadedModel);
  reportDataIntake(inputs, io, lang);
  const rules = selectHistoryRules(inputs.model, [...new Set(ruleIds)], options);
  const years = yearsOfData(inputs.data.table);
  const report = buildHistory(rules, inputs.model, buildDataIndex(inputs.data.table, inputs.model), years);
  const text = historyRenderers[format](report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output)),
    width: Number(io.env.COLUMNS) || 80,
    bom: Boolean(options.bom),
  });
  if (options.output) await writeOutput(options.output, text, [...inputs.model.files, ...inputs.data.files], lang);
  else io.stdout(text);
  return EXIT.ok;
}
