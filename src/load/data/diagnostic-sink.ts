// Collects diagnostics: at most a fixed number per file and code, each file's sorted by line.
import type { Diagnostic } from '../../model/diagnostic.js';

const LIMIT_PER_CODE = 100;

export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly suppressed = new Map<string, { file: string; code: string; severity: Diagnostic['severity']; count: number }>();
  private fileStart = 0;

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
      this.diagnostics.push({
        severity: held.severity,
        code: 'too-many-diagnostics',
        message: `${held.count} more "${held.code}" diagnostics in this file are not shown (the first ${LIMIT_PER_CODE} are)`,
        file: held.file,
        found: `${held.count + LIMIT_PER_CODE} "${held.code}" diagnostics`,
        expected: `at most ${LIMIT_PER_CODE} shown per kind and file`,
      });
      this.suppressed.delete(key);
    }
  }
}
