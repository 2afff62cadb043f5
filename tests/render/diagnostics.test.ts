import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { renderDiagnostics } from '../../src/render/diagnostics.js';

const warning = (line: number, code = 'unknown-indicator'): Diagnostic => ({ severity: 'warning', code, message: { zh: `第 ${line} 行`, en: `row ${line}` }, file: 'a.csv', line });
const error = (line: number): Diagnostic => ({ severity: 'error', code: 'not-a-number', message: { zh: `错 ${line}`, en: `bad ${line}` }, file: 'a.csv', line });

describe('renderDiagnostics', () => {
  const many = [...Array.from({ length: 10 }, (_, i) => warning(i + 2)), warning(40, 'unknown-column'), error(50), error(51)];

  it('lists everything when not asked to summarise (validate)', () => {
    expect(renderDiagnostics(many, { includeInfo: true, lang: 'en' }).trimEnd().split('\n')).toHaveLength(13);
  });

  it('shows the first few warnings of a kind, then how many more, right after them; errors all', () => {
    const lines = renderDiagnostics(many, { includeInfo: false, examplesPerKind: 3, lang: 'zh' }).trimEnd().split('\n');
    expect(lines).toEqual([
      'a.csv:50: 错误: 错 50',
      'a.csv:51: 错误: 错 51',
      'a.csv:2: 警告: 第 2 行',
      'a.csv:3: 警告: 第 3 行',
      'a.csv:4: 警告: 第 4 行',
      '  … 另有 7 条同类警告（unknown-indicator）未列出；plancheck validate 列出全部',
      'a.csv:40: 警告: 第 40 行',
    ]);
    expect(renderDiagnostics(many, { includeInfo: false, examplesPerKind: 3, lang: 'en' })).toContain('7 more warnings of this kind (unknown-indicator) not listed');
  });
});
