import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { renderDiagnostics } from '../../src/render/diagnostics.js';

const warning = (line: number, code = 'unknown-indicator'): Diagnostic => ({ severity: 'warning', code, message: `row ${line}`, file: 'a.csv', line });
const error = (line: number): Diagnostic => ({ severity: 'error', code: 'not-a-number', message: `bad ${line}`, file: 'a.csv', line });

describe('renderDiagnostics', () => {
  const many = [...Array.from({ length: 10 }, (_, i) => warning(i + 2)), warning(40, 'unknown-column'), error(50), error(51)];

  it('lists everything when not asked to summarise (validate)', () => {
    expect(renderDiagnostics(many, { includeInfo: true }).trimEnd().split('\n')).toHaveLength(13);
  });

  it('shows the first few warnings of a kind, then how many more, right after them; errors all', () => {
    const lines = renderDiagnostics(many, { includeInfo: false, examplesPerKind: 3, lang: 'zh' }).trimEnd().split('\n');
    expect(lines).toEqual([
      'a.csv:50: error: bad 50',
      'a.csv:51: error: bad 51',
      'a.csv:2: warning: row 2',
      'a.csv:3: warning: row 3',
      'a.csv:4: warning: row 4',
      '  … 另有 7 条同类警告（unknown-indicator）未列出；plancheck validate 列出全部',
      'a.csv:40: warning: row 40',
    ]);
    expect(renderDiagnostics(many, { includeInfo: false, examplesPerKind: 3, lang: 'en' })).toContain('7 more warnings of this kind (unknown-indicator) not listed');
  });
});
