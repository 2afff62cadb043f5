// A doubtful reading in the output language: the Chinese reading and question, or the English middle.
import { describe, expect, it } from 'vitest';
import { flagText } from '../../src/render/flag-text.js';
import { allRules } from '../plans/plan-files.js';

const FLAG = '读法：每年至少开展1次培训。 每年开展培训 is read as at least one training every year. 请确认：是否按上级规定的次数考核。';
const CJK = /[\u4e00-\u9fff]/;

describe('flagText', () => {
  it('gives Chinese output the reading and the question, English output the English part', () => {
    expect(flagText(FLAG, 'zh')).toBe('读法：每年至少开展1次培训。 请确认：是否按上级规定的次数考核。');
    expect(flagText(FLAG, 'en')).toBe('每年开展培训 is read as at least one training every year.');
  });

  it('shows a flag written another way whole, in both languages', () => {
    expect(flagText('an English-only remark', 'zh')).toBe('an English-only remark');
    expect(flagText('an English-only remark', 'en')).toBe('an English-only remark');
  });

  it('splits every flag of the bundled plans, so Chinese output never shows an English reading', () => {
    const flags = allRules.flatMap(({ rule }) => rule.flags ?? []);
    expect(flags.length).toBeGreaterThan(20);
    for (const flag of flags) {
      expect(flagText(flag, 'zh').replace(/[a-z]+(_[a-z]+)+/g, ''), flag).not.toMatch(/[A-Za-z]{3,}/);
      expect(flagText(flag, 'en'), flag).toMatch(/[A-Za-z]{4,} [A-Za-z]{2,}/);
      expect(flagText(flag, 'en'), flag).not.toMatch(/^读法|请确认/);
      expect(flagText(flag, 'zh'), flag).toMatch(CJK);
    }
  });
});
