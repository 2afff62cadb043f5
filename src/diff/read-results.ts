// Parses and validates the text of a results file, with messages that say where and what is wrong.
import type { Bilingual } from '../i18n/bilingual.js';
import { resultsFileText } from '../i18n/diagnostics/results.js';
import { describeIssue } from '../i18n/diagnostics/zod-issues.js';
import { RESULTS_SCHEMA_VERSION, summarize } from '../evaluate/evaluate-plans.js';
import { jsonErrorOffset } from './json-position.js';
import { resultsText } from '../i18n/guard-messages.js';
import { resultsFileSchema, type ResultsFile } from '../schema/results.js';

export type ParsedResults = { ok: true; results: ResultsFile } | { ok: false; message: Bilingual };
/** Results-file versions this plancheck reads; any other is refused rather than read by guesswork. */
const KNOWN_VERSIONS: readonly number[] = [RESULTS_SCHEMA_VERSION];

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Where a JSON.parse error is (line, column, located the same way on every Node version) and what it says. */
export function describeJsonError(text: string, error: Error): { line: number; column: number; detail: string } {
  const message = error.message
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/,\s*(\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  const at = lineColumnAt(text, jsonErrorOffset(text) ?? text.length);
  return { ...at, detail: message };
}

/** $.results[3].status */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

export function parseResultsText(text: string): ParsedResults {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (text.trim() === '') return { ok: false, message: resultsFileText.empty };
    const at = describeJsonError(text.replace(/^\uFEFF/, ''), error as Error);
    return { ok: false, message: resultsFileText.notJson(at.line, at.column, at.detail) };
  }
  const parsed = resultsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => ({ at: pathText(issue.path), what: describeIssue(issue, String(issue.path.at(-1) ?? '')) }));
    const listed = { zh: issues.map((i) => `${i.at}：${i.what.zh}`).join('；'), en: issues.map((i) => `${i.at}: ${i.what.en}`).join('; ') };
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    const newer = typeof version === 'number' && version > RESULTS_SCHEMA_VERSION ? resultsFileText.newerVersion(version, RESULTS_SCHEMA_VERSION) : undefined;
    return { ok: false, message: resultsFileText.notResults(listed, parsed.error.issues.length - 3, newer) };
  }
  const version = parsed.data.schemaVersion;
  if (!KNOWN_VERSIONS.includes(version)) {
    return { ok: false, message: resultsFileText.versionExpected(resultsText.unknownVersion(version, version > RESULTS_SCHEMA_VERSION, KNOWN_VERSIONS.join(' / '))) };
  }
  const seen = new Set<string>();
  for (const [i, r] of parsed.data.results.entries()) {
    if (seen.has(r.rule)) return { ok: false, message: resultsFileText.ruleTwice(r.rule, i) };
    seen.add(r.rule);
  }
  // Every count the summary gives must be what the results hold (a count it leaves out contradicts nothing).
  const counted: Record<string, number> = summarize(parsed.data.results);
  for (const [key, claimed] of Object.entries(parsed.data.summary)) {
    const count = counted[key];
    if (count !== undefined && claimed !== count) {
      return { ok: false, message: resultsText.summaryContradicts(key, claimed, count) };
    }
  }
  return { ok: true, results: parsed.data };
}
