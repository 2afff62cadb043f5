// The message catalogue: every code speaks both languages, and the Chinese text is Chinese.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, HELP } from '../../src/i18n/help.js';
import { KNOWN_KIND_WORDS } from '../../src/i18n/kinds.js';
import { MESSAGES, message, translateCommanderError, type MessageCode } from '../../src/i18n/messages.js';

const SAMPLE = { value: 'x', option: '--year', expected: 'a, b', count: 2, file: 'a.csv', reason: 'ENOENT', rules: 'W-1', near: 'W-1', folder: 'f', dir: 'd', read: 1, used: 1, unused: 0, files: 1, dataFiles: 1, errors: 0, warnings: 0, older: 'a', newer: 'b', olderPlans: 'p', newerPlans: 'q', key: 'plan', got: 3, code: 'c', instructions: 'i', detail: 'd', unit: 'u', year: 2024, total: 3, plans: 'p', data: 'd', range: '2020–2024' };
const HAN = /[\u4e00-\u9fff]/;

describe('message catalogue', () => {
  it('every message code has a Chinese and an English text, and the Chinese one is Chinese', () => {
    for (const code of Object.keys(MESSAGES) as MessageCode[]) {
      const entry = MESSAGES[code] as Record<string, unknown>;
      expect(Object.keys(entry).sort(), code).toEqual(['en', 'zh']);
      const zh = message(code, 'zh', SAMPLE);
      const en = message(code, 'en', SAMPLE);
      expect(zh.length, code).toBeGreaterThan(0);
      expect(en.length, code).toBeGreaterThan(0);
      expect(zh, code).toMatch(HAN);
      expect(zh, code).not.toBe(en);
      // No placeholder left unfilled.
      expect(zh + en, code).not.toContain('undefined');
    }
  });

  it('every help text and example has both languages', () => {
    for (const [key, text] of Object.entries(HELP)) {
      expect(text.zh, key).toMatch(HAN);
      expect(text.en.length, key).toBeGreaterThan(0);
    }
    for (const [command, examples] of Object.entries(EXAMPLES)) {
      expect(examples.length, command).toBeGreaterThanOrEqual(2);
      expect(examples.length, command).toBeLessThanOrEqual(4);
      for (const e of examples) expect(e.zh.length * e.en.length, `${command}: ${e.command}`).toBeGreaterThan(0);
    }
  });

  it('every rule kind word has both languages', () => {
    expect(Object.keys(KNOWN_KIND_WORDS.zh).sort()).toEqual(Object.keys(KNOWN_KIND_WORDS.en).sort());
  });

  it("commander's own errors are said in Chinese", () => {
    expect(translateCommanderError("error: unknown option '--bogus'\n", 'zh')).toBe('plancheck: 未知选项 --bogus\n用法见 plancheck --help\n');
    expect(translateCommanderError("error: unknown command 'evalute'\n(Did you mean evaluate?)\n", 'zh')).toContain('未知命令 "evalute"（是否要用 evaluate？）');
    expect(translateCommanderError("error: option '--year <year>' argument missing\n", 'zh')).toContain('选项 --year 需要一个值');
  });
});

describe('kind words', () => {
  it('every registered rule kind has words in both languages', async () => {
    const { kinds } = await import('../../src/kinds/registry.js');
    for (const kind of Object.keys(kinds)) {
      expect(KNOWN_KIND_WORDS.zh[kind], kind).toMatch(HAN);
      expect(KNOWN_KIND_WORDS.en[kind], kind).toBeTruthy();
    }
  });
});
