// Diagnostics as lines for stderr: file:line:column, severity, message; errors first. Outside validate, many
// warnings of one kind are shown as the first few and a count, so the report is not buried under them.
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatDiagnosticPlain } from '../model/diagnostic.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface DiagnosticsOptions {
  includeInfo: boolean;
  /** Show at most this many warnings (or notes) of one code, then how many more there are; errors are all shown. */
  examplesPerKind?: number;
  lang: Lang;
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: DiagnosticsOptions): string {
  const shown = [...diagnostics.filter((d) => options.includeInfo || d.severity !== 'info')].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const limit = options.examplesPerKind;
  if (limit === undefined) return shown.map((d) => formatDiagnosticPlain(d, options.lang) + '\n').join('');
  const seen = new Map<string, number>();
  const lines: string[] = [];
  const flushAfter = new Map<string, number>();
  for (const d of shown) {
    const key = `${d.severity}\u0000${d.code}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (d.severity === 'error' || count <= limit) lines.push(formatDiagnosticPlain(d, options.lang));
    if (d.severity !== 'error' && count === limit) flushAfter.set(key, lines.length);
  }
  // The count goes right after the examples of its kind; inserted from the end so earlier positions stay right.
  const notes = [...seen]
    .filter(([key, count]) => !key.startsWith('error') && count > limit)
    .map(([key, count]) => ({ at: flushAfter.get(key)!, key, more: count - limit }))
    .sort((a, b) => b.at - a.at);
  for (const note of notes) {
    const [severity, code] = note.key.split('\u0000') as [Diagnostic['severity'], string];
    lines.splice(note.at, 0, `  … ${message(severity === 'warning' ? 'moreWarnings' : 'moreNotes', options.lang, { count: note.more, code })}`);
  }
  return lines.map((line) => line + '\n').join('');
}
