// `plancheck validate`: check rule files and data without evaluating; every problem at once.
import { message } from '../i18n/messages.js';
import { localizeDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { UnusedRow } from '../model/data.js';
import { formatLocation } from '../model/location.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { resolveLang } from './environment.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { noDataRowsDiagnostic } from './input-checks.js';
import { loadInputs, loadModelOrThrow } from './load-inputs.js';
import { parseFormat } from './options.js';
import { writeOutput } from './write-output.js';

export interface ValidateOptions {
  plans?: string[];
  lang?: string;
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
  rulesOnly?: boolean;
  sample?: boolean;
  format?: string;
  output?: string;
  /** -q: the summary line only. */
  quiet?: boolean;
}

interface Findings {
  diagnostics: Diagnostic[];
  unused: UnusedRow[];
  summary: string;
  counts: Record<string, number>;
  files: string[];
}

export async function runValidate(dataArgs: string[], options: ValidateOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat(options.format ?? 'text', ['text', 'json'] as const);
  const findings = options.rulesOnly ? await checkRules(options, io, lang) : await checkAll(dataArgs, options, io, lang);
  const errors = findings.diagnostics.filter((d) => d.severity === 'error').length;
  if (format === 'json') {
    // Every finding, none summarised or left out, in the output language; codes are the same in both.
    const diagnostics = findings.diagnostics.map((d) => localizeDiagnostic(d, lang));
    const unused = findings.unused.map((row) => ({ ...row, reason: row.reason[lang] }));
    const json = { ...findings.counts, errors, diagnostics, unused, summary: findings.summary };
    await write(JSON.stringify(json, null, 2) + '\n', options, io, findings.files, lang);
  } else {
    const listed = options.quiet ? '' : renderDiagnostics(findings.diagnostics, { includeInfo: true, lang }) + findings.unused.map((row) => `${formatLocation(row.file, row.line, undefined, lang)}: ${message('notUsed', lang)}: ${row.reason[lang]}\n`).join('');
    if (options.output) await writeOutput(options.output, listed + findings.summary + '\n', findings.files, lang);
    else {
      // The findings are diagnostics (stderr); the summary is the command's result (stdout).
      if (listed) io.stderr(listed);
      io.stdout(findings.summary + '\n');
    }
  }
  return errors ? EXIT.input : EXIT.ok;
}

async function write(text: string, options: ValidateOptions, io: Io, inputs: string[], lang: 'zh' | 'en'): Promise<void> {
  if (options.output) await writeOutput(options.output, text, inputs, lang);
  else io.stdout(text);
}

async function checkRules(options: ValidateOptions, io: Io, lang: 'zh' | 'en'): Promise<Findings> {
  const { model, diagnostics } = await loadModelOrThrow({ ...options, collectOnly: true }, io);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const counts = { ruleFiles: model.files.length, rules: model.rules.length };
  return { diagnostics, unused: [], counts, files: model.files, summary: message('validateRulesSummary', lang, { files: model.files.length, rules: model.rules.length, errors }) };
}

async function checkAll(dataArgs: string[], options: ValidateOptions, io: Io, lang: 'zh' | 'en'): Promise<Findings> {
  const inputs = await loadInputs(dataArgs, { ...options, collectOnly: true }, io);
  // Nothing to validate is not a clean bill of health.
  const noRows = noDataRowsDiagnostic(inputs.data, inputs.dataPaths);
  if (noRows) inputs.diagnostics.push(noRows);
  const { read, used, unused } = inputs.data.rows;
  const errors = inputs.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = inputs.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = { ruleFiles: inputs.model.files.length, rules: inputs.model.rules.length, dataFiles: inputs.data.files.length, rowsRead: read, rowsUsed: used, rowsUnused: unused.length, warnings };
  const summary = message('validateSummary', lang, { files: inputs.model.files.length, rules: inputs.model.rules.length, dataFiles: inputs.data.files.length, read, used, unused: unused.length, errors, warnings });
  return { diagnostics: inputs.diagnostics, unused: unused.toArray(), counts, summary, files: [...inputs.model.files, ...inputs.data.files] };
}
