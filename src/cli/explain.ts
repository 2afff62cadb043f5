// `plancheck explain <rule>`: source text, series used, each step of the computation, the verdict.
import { buildDataIndex } from '../evaluate/data-index.js';
import { evaluateRule } from '../evaluate/evaluate-plans.js';
import { renderExplanation, renderExplanationJson } from '../render/explain.js';
import { resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { latestYear, loadInputs, reportDataIntake } from './load-inputs.js';
import { parseFormat, parseYear } from './options.js';
import { writeOutput } from './write-output.js';
import { checkYear } from './input-checks.js';
import { sampleNotice } from '../render/sample-notice.js';

export interface ExplainOptions {
  plans?: string[];
  year?: string;
  lang?: string;
  format?: string;
  output?: string;
  quiet?: boolean;
  encoding?: 'utf-8' | 'gb18030';
  sample?: boolean;
}

export async function runExplain(ruleId: string, dataArgs: string[], options: ExplainOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat(options.format ?? 'text', ['text', 'json'] as const);
  const inputs = await loadInputs(dataArgs, options, io);
  if (!options.quiet) reportDataIntake(inputs, io, lang);
  const loaded = inputs.model.rules.find((r) => r.rule.id === ruleId) ?? inputs.model.rules.find((r) => r.rule.id.toLowerCase() === ruleId.toLowerCase());
  if (!loaded) {
    const near = inputs.model.rules.map((r) => r.rule.id).filter((id) => id.startsWith(ruleId.split('-').slice(0, 2).join('-'))).slice(0, 8);
    throw new UsageError('noSuchRule', { value: ruleId, near: near.length ? near.join(', ') : 'W-HEALTH-3a' });
  }
  const year = parseYear(options.year) ?? latestYear(inputs);
  checkYear(year, '--year', inputs.data.table, inputs.model, lang);
  const result = evaluateRule(loaded, inputs.model, buildDataIndex(inputs.data.table, inputs.model), year);
  if (inputs.sample && !options.quiet) io.stderr(`${sampleNotice(lang)}\n`);
  const text = format === 'json' ? renderExplanationJson(result, loaded) : renderExplanation(result, loaded, inputs.model, lang);
  if (options.output) await writeOutput(options.output, text, [...inputs.model.files, ...inputs.data.files], lang);
  else io.stdout(text);
  return EXIT.ok;
}
