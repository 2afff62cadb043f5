// A text in both languages, and a text that is the same in both (the user's own value, a file name, a number).
import type { Lang } from './format.js';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Words (Bilingual) or the user's own text (a plain string, shown as written in either language). */
export type Text = string | Bilingual;

export function say(lang: Lang, message: Bilingual): string {
  return message[lang];
}

export function textIn(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Both languages through one template: `both((t) => …)` for texts whose pieces are already bilingual. */
export function both(make: (lang: Lang) => string): Bilingual {
  return { zh: make('zh'), en: make('en') };
}

/** Inputs of every entry of a catalogue, so a test can call each with sample values (and none is forgotten). */
export type Samples<T> = { [K in keyof T]: T[K] extends (...args: infer P) => Bilingual ? P : [] };

/** A catalogue as the completeness test walks it. */
export interface DiagnosticCatalogue {
  name: string;
  texts: Readonly<Record<string, Bilingual | ((...args: never[]) => Bilingual)>>;
  samples: Readonly<Record<string, readonly unknown[]>>;
}
