// Every catalogue of src/i18n/catalogues.ts: each code speaks both languages, the Chinese text is Chinese, the English
// one is not, and no text prints "undefined" for a placeholder the sample below does not fill.
import { describe, expect, it } from 'vitest';
import { sayIn, type Catalogue } from '../../src/i18n/catalogue.js';
import { CATALOGUES } from '../../src/i18n/catalogues.js';
import { LEAD_ALIASES } from '../../src/model/lead-aliases.js';

/** One value for every placeholder name the catalogues use; a new name must be added here, which is the point. */
const SAMPLE: Record<string, string | number> = {
  value: 'x', option: '--year', expected: 'a, b', count: 2, file: 'a.csv', reason: 'ENOENT', rules: 'W-1', near: 'W-1', folder: 'f', dir: 'd',
  read: 1, used: 1, unused: 0, files: 1, dataFiles: 1, errors: 0, warnings: 0, older: 'a', newer: 'b', olderPlans: 'p', newerPlans: 'q', key: 'plan',
  got: 3, code: 'c', instructions: 'i', detail: 'd', unit: 'u', year: 2024, total: 3, plans: 'p', data: 'd', range: '2020–2024', baseline: 2020,
  covered: '2020–2024', judged: 3, suggestions: 's', extra: '', names: 'n', given: '--plan p', cwd: '/w', units: 'u', points: 5, from: 2020, rate: 1.5,
  word: 'w', delta: '+1', direction: 'd', to: 2024, version: 3, supported: 2, files_: 1, span: '2020–2024', status: 's', assessment: 'a', pass: 1,
  date: '2024-01-01', domain: 'd', target: 't', tolerance: 1, against: 'a', amount: '1', words: 'w', name: 'n', deadline: 2025, projected: 'p',
  years: '2021', average: 'a', dimension: 'd', rest: 'r', list: 'l', all: 'a', subject: 's', gap: 'g', when: 'w', moved: 'm', head: 'h', outlook: 'o',
  aspirational: 'a', listFile: 'l', sheets: 2, lists: 'a.csv\nb.csv', groups: 'g', counts: '1 pass', what: 'level',
};
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Chinese an English text may hold: the file name init writes, and lead units (their names are the plans' data). */
const CHINESE_IN_ENGLISH = new RegExp(['使用说明\\.txt', ...Object.keys(LEAD_ALIASES), ...new Set(Object.values(LEAD_ALIASES).flatMap((full) => [full, full.replace(/^自治县/, '')]))].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Every placeholder empty: what is left is the text's own words. */
const EMPTY = new Proxy({}, { get: () => '' }) as Record<string, string>;

/** A text made only of placeholders and punctuation (say "${subject}${when}${moved}") has no words of its own to check. */
function onlyPlaceholders(table: Catalogue, code: string): boolean {
  return !/[A-Za-z\u3400-\u9fff]/.test(sayIn(table, code, 'zh', EMPTY));
}

/** What is wrong with a catalogue, one line per problem; empty when every code is complete. */
function problems(table: Catalogue): string[] {
  const found: string[] = [];
  for (const [code, entry] of Object.entries(table)) {
    const langs = Object.keys(entry).sort().join(',');
    if (langs !== 'en,zh') {
      found.push(`${code}: has ${langs || 'no language'}, expected en and zh`);
      continue;
    }
    const zh = sayIn(table, code, 'zh', SAMPLE);
    const en = sayIn(table, code, 'en', SAMPLE);
    // Not trimmed: a separator may be a space (the ideographic one in Chinese).
    if (typeof zh !== 'string' || zh.length === 0) found.push(`${code}: empty Chinese text`);
    if (typeof en !== 'string' || en.length === 0) found.push(`${code}: empty English text`);
    if (!onlyPlaceholders(table, code) && !CJK.test(zh)) found.push(`${code}: Chinese text without Chinese: ${zh}`);
    if (CJK.test(en.replace(CHINESE_IN_ENGLISH, ''))) found.push(`${code}: Chinese in the English text: ${en}`);
    if (/undefined|NaN/.test(zh + en)) found.push(`${code}: a placeholder left unfilled: ${zh} / ${en}`);
  }
  return found;
}

describe('every catalogue', () => {
  it('lists at least the command-line messages and every renderer catalogue', () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(['messages', 'columns', 'explain', 'diff', 'report', 'narrative', 'template', 'init']));
  });

  for (const [name, table] of Object.entries(CATALOGUES)) {
    it(`${name}: every code has a Chinese and an English text, and each is in its own language`, () => {
      expect(Object.keys(table).length, name).toBeGreaterThan(0);
      expect(problems(table), name).toEqual([]);
    });
  }

  it('finds a missing language, an English Chinese text, Chinese in English and an unfilled placeholder', () => {
    expect(problems({ ok: { zh: '好', en: 'good' }, joined: { zh: (p) => `${p.head}${p.when}`, en: (p) => `${p.head} ${p.when}` } })).toEqual([]);
    expect(problems({ english: { zh: 'good', en: 'good' } })).toHaveLength(1);
    expect(problems({ chinese: { zh: '好', en: '好' } })).toHaveLength(1);
    expect(problems({ typo: { zh: (p) => `第${p.yaer}年`, en: (p) => `year ${p.year}` } })).toHaveLength(1);
    expect(problems({ missing: { zh: '好' } as never })).toHaveLength(1);
  });
});
