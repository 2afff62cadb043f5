// A located problem found while loading plans or data; the CLI prints these, exit 2 on errors.
import type { Bilingual, Text } from '../i18n/bilingual.js';
import { textIn } from '../i18n/bilingual.js';
import type { Lang } from '../i18n/format.js';
import { formatLocation } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-indicator`, `yaml-syntax`, `conflicting-values`: the same in both languages. */
  code: string;
  /** One sentence saying what was found and what was expected, in both languages (src/i18n/diagnostics). */
  message: Bilingual;
  file: string;
  line?: number;
  column?: number;
  /** The user's own text as a string, or words about it in both languages. */
  found?: Text;
  expected?: Text;
}

/** A diagnostic in one language, as JSON outputs carry it (code unchanged). */
export interface LocalizedDiagnostic extends Omit<Diagnostic, 'message' | 'found' | 'expected'> {
  message: string;
  found?: string;
  expected?: string;
}

/** Thrown for input problems that stop a command; the CLI maps it to exit code 2 and prints them in its language. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnosticPlain(d, 'en')).join('\n'));
    this.name = 'InputError';
  }
}

const SEVERITY_WORDS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[lang][severity];
}

export function formatDiagnosticPlain(d: Diagnostic, lang: Lang): string {
  return `${formatLocation(d.file, d.line, d.column, lang)}: ${severityWord(d.severity, lang)}: ${d.message[lang]}`;
}

export function localizeDiagnostic(d: Diagnostic, lang: Lang): LocalizedDiagnostic {
  const { message, found, expected, ...rest } = d;
  const out: LocalizedDiagnostic = { ...rest, message: message[lang] };
  if (found !== undefined) out.found = textIn(found, lang);
  if (expected !== undefined) out.expected = textIn(expected, lang);
  return out;
}
