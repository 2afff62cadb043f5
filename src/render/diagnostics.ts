// Diagnostics as lines for stderr: file:line:column, severity, message; errors first.
import type { Diagnostic } from '../model/diagnostic.js';
import { formatDiagnosticPlain } from '../model/diagnostic.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: { includeInfo: boolean }): string {
  const shown = diagnostics.filter((d) => options.includeInfo || d.severity !== 'info');
  return [...shown]
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
    .map((d) => formatDiagnosticPlain(d) + '\n')
    .join('');
}
