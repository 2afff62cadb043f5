// Help texts, kind words and commander's errors in both languages.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, HELP } from '../../src/i18n/help.js';
import { KNOWN_KIND_WORDS } from '../../src/i18n/kinds.js';
import { translateCommanderError } from '../../src/i18n/messages.js';

// That every code of MESSAGES has both languages is tests/i18n/catalogue.test.ts's work (it walks every catalogue).
const HAN = /[\u4e00-\u9fff]/;

describe('message catalogue', () => {
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
