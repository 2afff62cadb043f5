import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, renderTextTable, textWidth } from '../../src/render/text-table.js';
import { displayWidth } from '../helpers/run-cli.js';

/** Character by character, as terminals count: the reference the pattern-based textWidth must agree with. */
function referenceWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const code = ch.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) continue;
    const wide =
      code >= 0x1100 &&
      (code <= 0x115f || code === 0x2329 || code === 0x232a || (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || (code >= 0x3250 && code <= 0x4dbf) ||
        (code >= 0x4e00 && code <= 0xa4c6) || (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe10 && code <= 0xfe19) || (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x1b000 && code <= 0x1b001) || (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x20000 && code <= 0x3fffd));
    width += wide ? 2 : 1;
  }
  return width;
}

// Characters around every range boundary, plus colour codes and a lone surrogate.
const pieces = fc.constantFrom(
  'a', ' ', '~', '\t', '\u0000', '\u007f', '\u009f', '\u00a0', '°', '×', 'é', '\u0301', '\u036f', '\u0370', '\u10ff', '\u1100', '\u115f', '\u1160',
  '\u2329', '\u232a', '\u2e7f', '\u2e80', '、', '\u303f', '\u3040', '\u3247', '\u3248', '\u3250', '\u4dbf', '一', '规', '\ua4c6', '\ua4c7', '\uac00', '\ud7a3',
  '\uf900', '\ufaff', '\ufe10', '\ufe19', '\ufe30', '\ufe6b', '\ufe6c', '！', '\uff60', '\uff61', '\uffe0', '\uffe6', '\uffe7', '\u{1b000}', '\u{1b001}', '\u{1b002}',
  '\u{1f200}', '\u{1f251}', '\u{1f252}', '\u{1f600}', '\u{20000}', '𠀀', '\u{3fffd}', '\u{3fffe}', '\ud800', '\u001b[31m', '\u001b[1m', '\u001b[39m',
);

describe('textWidth', () => {
  it('counts every character as a terminal does: CJK and full-width 2, controls and combining marks 0, colour codes nothing', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(textWidth(text)).toBe(referenceWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures the table cells users see', () => {
    expect(textWidth('孕产妇死亡率')).toBe(12);
    expect(textWidth('≤12/10万')).toBe(8);
    expect(textWidth('\u001b[32m✓ 达标\u001b[39m')).toBe(6);
    expect(textWidth('W-HEALTH-1')).toBe(10);
  });
});

describe('renderTextTable', () => {
  it('pads mixed Chinese and English cells to the same display width and cuts long ones with …', () => {
    const table = renderTextTable(['编号', '指标'], [['W-HEALTH-1', '孕产妇死亡率'], ['C-EDU-2', '学前三年毛入园率达到百分之九十五']], [12, 15]);
    const lines = table.split('\n');
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([27]));
    expect(lines[2]).toContain('学前三年毛入…');
    expect(fitText('学前三年毛入园率', 8)).toBe('学前三…');
  });
});
