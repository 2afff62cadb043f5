// The shape every message catalogue shares (a code → a Chinese and an English text), and `sayer`, which binds one
// catalogue to the output language so that a renderer writes say('code', params).
import type { Lang } from './format.js';

export type Params = Record<string, string | number>;
export type Text = string | ((p: Params) => string);
export type Catalogue = Record<string, Record<Lang, Text>>;
export type Say<C extends Catalogue> = (code: keyof C & string, params?: Params) => string;

export function sayIn<C extends Catalogue>(table: C, code: keyof C & string, lang: Lang, params: Params = {}): string {
  const text: Text = table[code]![lang];
  return typeof text === 'function' ? text(params) : text;
}

export function sayer<C extends Catalogue>(table: C, lang: Lang): Say<C> {
  return (code, params = {}) => sayIn(table, code, lang, params);
}

/** A word list kept per language (statuses, kinds) seen as a catalogue, so the completeness test reads it too. */
export function byCode(words: Record<Lang, Record<string, string>>): Catalogue {
  const codes = new Set([...Object.keys(words.zh), ...Object.keys(words.en)]);
  return Object.fromEntries([...codes].map((code) => [code, { zh: words.zh[code]!, en: words.en[code]! }]));
}
