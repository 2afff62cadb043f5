// Loads plan, rules and indicator YAML files into a cross-checked PlanModel with located diagnostics.
import { planText } from '../i18n/diagnostics/plans.js';
import { describeIssue } from '../i18n/diagnostics/zod-issues.js';
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import { plancheckFileSchema, type PlancheckFile } from '../schema/plan-file.js';
import { guardText, readFailure } from '../i18n/guard-messages.js';
import { findRuleFiles } from './find-files.js';
import { readBounded, refusalOf, type ReadRefusal } from './read-guard.js';
import { checkModel, type Located } from './check-model.js';
import { parseYamlFile } from './yaml-file.js';

export interface PlansLoadResult {
  model: PlanModel;
  diagnostics: Diagnostic[];
}

export function loadPlans(paths: readonly string[]): PlansLoadResult {
  const diagnostics: Diagnostic[] = [];
  const { files: listed, missing, refused, skipped } = findRuleFiles(paths);
  // Overlapping paths (plans and plans/women-2021-2025) name the same files twice: each is read once.
  const files = readOnce(listed, diagnostics);
  for (const refusal of refused) diagnostics.push(unreadable(refusal));
  for (const file of skipped) diagnostics.push({ severity: 'info', code: 'editor-file', file, message: guardText.editorFileSkipped(file) });
  for (const p of missing) diagnostics.push({ severity: 'error', code: 'file-not-found', file: p, message: planText.pathMissing });
  if (files.length === 0 && missing.length === 0 && refused.length === 0) {
    diagnostics.push({ severity: 'error', code: 'no-rule-files', file: paths.join(', '), message: planText.noRuleFiles });
  }
  const documents: Array<Located<PlancheckFile>> = [];
  for (const file of files) {
    const text = readText(file, diagnostics);
    if (text === null) continue;
    const { parsed, diagnostics: yamlProblems } = parseYamlFile(file, text);
    diagnostics.push(...yamlProblems);
    if (!parsed) continue;
    const result = plancheckFileSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown field is shown where it is, not at the object that holds it.
        const at = issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
        const { line, column } = parsed.locate(at);
        const message = planText.schemaAt(describeIssue(issue, String(issue.path.at(-1) ?? '')), issue.path.join('.'));
        diagnostics.push({ severity: 'error', code: 'schema', file, line, column, message });
      }
      continue;
    }
    documents.push({ value: result.data, file, locate: parsed.locate });
  }
  const { model, diagnostics: modelProblems } = checkModel(documents);
  return { model: { ...model, files }, diagnostics: [...diagnostics, ...modelProblems] };
}

/** Rule files are a few kilobytes; anything this large is not one. */
const MAX_RULE_FILE_BYTES = 16 * 1024 * 1024;

function unreadable(refusal: ReadRefusal): Diagnostic {
  const message = guardText.cannotRead(refusal.file, readFailure(refusal.code, refusal.detail), guardText.ruleFileExpected);
  return { severity: 'error', code: 'file-unreadable', file: refusal.file, message };
}

function readOnce(files: readonly string[], diagnostics: Diagnostic[]): string[] {
  const seen = new Map<string, string>();
  const once: string[] = [];
  for (const file of files) {
    let real = file;
    try {
      real = fs.realpathSync(file);
    } catch {
      // Reported when it is read.
    }
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, file);
      once.push(file);
    } else diagnostics.push({ severity: 'info', code: 'duplicate-file', file, message: guardText.sameFileReadOnce(file, first) });
  }
  return once;
}

function readText(file: string, diagnostics: Diagnostic[]): string | null {
  let buffer: Buffer;
  try {
    buffer = readBounded(file, { maxBytes: MAX_RULE_FILE_BYTES, stopAtNul: true });
  } catch (error) {
    diagnostics.push(unreadable(refusalOf(file, error)));
    return null;
  }
  if (buffer.includes(0)) {
    diagnostics.push({ severity: 'error', code: 'binary-file', file, line: 1, column: 1, message: planText.binary });
    return null;
  }
  if (!isUtf8(buffer)) {
    // Read as UTF-8 anyway, names would silently turn into � and match nothing.
    const decoded = buffer.toString('utf8');
    const line = decoded.slice(0, Math.max(0, decoded.indexOf('\uFFFD'))).split('\n').length;
    diagnostics.push({ severity: 'error', code: 'not-utf8', file, line, column: 1, message: planText.notUtf8 });
    return null;
  }
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

