// Collects diagnostics: at most a fixed number per file and code, each file's sorted by line.
import type { Bilingual, Text } from '../../i18n/bilingual.js';
import { dataFileText } from '../../i18n/diagnostics/data-files.js';
import type { Diagnostic } from '../../model/diagnostic.js';

const LIMIT_PER_CODE = 100;

/** A problem as data: the message is composed from it, so every message says what was expected. */
export interface Finding {
  severity: Diagnostic['severity'];
  code: string;
  file: string;
  line?: number;
  column?: number;
  /** What was found, as a sentence fragment: `column 3 (value): value "7O%" is not a number`. */
  problem: Bilingual;
  /** The user's own text (a string) or words about it. */
  found: Text;
  expected: Bilingual;
  /** Said after the expectation, e.g. `did you mean …?`. */
  hint?: Bilingual;
}

export function toDiagnostic(f: Finding): Diagnostic {
  const message = {
    zh: `${f.problem.zh}；应为${f.expected.zh}${f.hint ? `；${f.hint.zh}` : ''}`,
    en: `${f.problem.en}; expected ${f.expected.en}${f.hint ? `; ${f.hint.en}` : ''}`,
  };
  const d: Diagnostic = { severity: f.severity, code: f.code, message, file: f.file, found: f.found, expected: f.expected };
  if (f.line !== undefined) d.line = f.line;
  if (f.column !== undefined) d.column = f.column;
  return d;
}

export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly suppressed = new Map<string, { file: string; code: string; severity: Diagnostic['severity']; count: number }>();
  private fileStart = 0;

  /** Whether another diagnostic of this file and code would be shown (not held back as one of too many). */
  willShow(file: string, code: string): boolean {
    return (this.counts.get(`${file}\u0000${code}`) ?? 0) < LIMIT_PER_CODE;
  }

  add(finding: Finding): void {
    this.report(toDiagnostic(finding));
  }

  report(d: Diagnostic): void {
    const key = `${d.file}\u0000${d.code}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= LIMIT_PER_CODE) {
      this.diagnostics.push(d);
      return;
    }
    const held = this.suppressed.get(key);
    if (held === undefined) this.suppressed.set(key, { file: d.file, code: d.code, severity: d.severity, count: 1 });
    else {
      held.count++;
      if (d.severity === 'error') held.severity = 'error';
    }
  }

  /** Start a file: its diagnostics will be sorted by line when it ends. */
  beginFile(): void {
    this.fileStart = this.diagnostics.length;
  }

  /** Sort the file's diagnostics by line and say how many were held back. */
  endFile(file: string): void {
    const own = this.diagnostics.splice(this.fileStart);
    own.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const d of own) this.diagnostics.push(d);
    this.summarize(file);
    this.fileStart = this.diagnostics.length;
  }

  /** Summaries still held back (diagnostics reported after the files, e.g. derivations). */
  finish(): void {
    this.summarize(undefined);
  }

  private summarize(file: string | undefined): void {
    for (const [key, held] of this.suppressed) {
      if (file !== undefined && held.file !== file) continue;
      this.diagnostics.push(
        toDiagnostic({
          severity: held.severity,
          code: 'too-many-diagnostics',
          file: held.file,
          problem: dataFileText.tooMany(held.count, held.code, LIMIT_PER_CODE),
          found: dataFileText.tooManyFound(held.count + LIMIT_PER_CODE, held.code),
          expected: dataFileText.atMostPerKind(LIMIT_PER_CODE),
        }),
      );
      this.suppressed.delete(key);
    }
  }
}
