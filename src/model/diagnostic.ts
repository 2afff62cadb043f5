// A located problem found while loading plans or data; the CLI prints these, exit 2 on errors.
import { formatLocation } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-indicator`, `yaml-syntax`, `conflicting-values`. */
  code: string;
  /** One sentence saying what was found and what was expected. */
  message: string;
  file: string;
  line?: number;
  column?: number;
  found?: string;
  expected?: string;
}

/** Thrown for input problems that stop a command; the CLI maps it to exit code 2. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnosticPlain).join('\n'));
    this.name = 'InputError';
  }
}

export function formatDiagnosticPlain(d: Diagnostic): string {
  return `${formatLocation(d.file, d.line, d.column)}: ${d.severity}: ${d.message}`;
}
