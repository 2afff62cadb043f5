import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue, type ParsedValue } from '../../../src/load/data/parse-value.js';
import { parseYear } from '../../../src/load/data/parse-year.js';

const num = (value: number): ParsedValue => ({ kind: 'number', value });

describe('parseValue: numbers and units', () => {
  it.each([
    ['70', '%', '', 70],
    ['  70.5 ', '%', '', 70.5],
    ['1,234.5', '', '', 1234.5],
    ['12,345,678', '人', '', 12345678],
    ['-3.5', '', '', -3.5],
    ['+.5', '', '', 0.5],
    ['１２．５', '%', '', 12.5],
    ['７０％', '%', '', 70],
    ['１，２３４．５', '', '', 1234.5],
    ['70%', '%', '', 70],
    ['70 %', '%', '', 70],
    ['3.5‰', '%', '', 0.35],
    ['0.35%', '‰', '', 3.5],
    ['12/10万', '/10万', '', 12],
    ['12/10万', '‰', '', 0.12],
    ['0.12‰', '/10万', '', 12],
    ['1%', '/10万', '', 1000],
    ['12 /10万人', '/10万', '', 12],
    ['１２／１０万', '/10万', '', 12],
    ['98', '%', '%', 98],
    ['4', '‰', '%', 40],
    ['4%', '‰', '%', 40],
    ['77.6岁', '岁', '', 77.6],
    ['1.2万', '人', '', 12000],
    ['1.2万人', '人', '', 12000],
    ['3', '人', '万人', 30000],
    ['−4', '', '', -4],
    ['0', '%', '', 0],
    ['-0', '%', '', 0],
  ])('%j in %j (unit column %j) is %d', (raw, unit, column, expected) => {
    expect(parseValue(raw, unit, column)).toEqual(num(expected));
  });

  it('converts by moving the decimal point, so results are exact', () => {
    expect(parseValue('0.3‰', '%')).toEqual(num(0.03));
    expect(parseValue('0.07%', '‰')).toEqual(num(0.7));
    expect(parseValue('1.1‰', '/10万')).toEqual(num(110));
  });
});

describe('parseValue: missing values and assessments', () => {
  it.each(['', '  ', 'NA', 'na', 'N/A', '#N/A', '-', '--', '—', '——', '缺', '无数据'])('%j is missing, never zero', (raw) => {
    expect(parseValue(raw, '%')).toEqual({ kind: 'missing' });
  });

  it.each([
    ['met', 'met'],
    ['MET', 'met'],
    ['partial', 'partial'],
    ['not_met', 'not_met'],
    ['not met', 'not_met'],
    ['达标', 'met'],
    ['已达标', 'met'],
    ['部分达标', 'partial'],
    ['基本达标', 'partial'],
    ['未达标', 'not_met'],
  ])('%j is the assessment %s', (raw, assessment) => {
    expect(parseValue(raw, '%')).toEqual({ kind: 'assessment', assessment });
  });
});

describe('parseValue: errors say what was found and what was expected', () => {
  it('rejects a letter O typed for a zero', () => {
    const r = parseValue('7O%', '%');
    expect(r).toMatchObject({ kind: 'error', code: 'bad-value', found: '7O%' });
    if (r.kind !== 'error') throw new Error('expected an error');
    expect(`${r.problem.en}; expected ${r.expected.en}`).toBe('value "7O%" is not a number; expected a number such as 70, 70% or 3.5‰');
  });

  it.each(['1,23', '12,5', '1.2.3', 'abc', '70%以上', '1 234', '%', '.'])('%j is not a number', (raw) => {
    expect(parseValue(raw, '%')).toMatchObject({ kind: 'error', code: 'bad-value' });
  });

  // 1e3 in a % column once read as 1000 % and passed: sheets write numbers out in full, so exponents are refused.
  it.each([['1e3', ''], ['2.5E-1%', '‰'], ['1E2', '%']])('%j (exponent notation) is refused', (raw, unit) => {
    const r = parseValue(raw, unit);
    expect(r).toMatchObject({ kind: 'error', code: 'bad-value' });
    if (r.kind === 'error') expect(r.problem.en).toContain('exponent notation');
  });

  it.each(['1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', 'inf'])('%j is not a finite number', (raw) => {
    const r = parseValue(raw, '%');
    expect(r).toMatchObject({ kind: 'error', code: 'not-finite' });
    if (r.kind === 'error') expect(r.problem.en).toContain('not a finite number');
  });

  it.each([
    ['70%', '岁', ''],
    ['105%', '', ''],
    ['12岁', '%', ''],
    ['98', '%', '岁'],
    ['98', '%', 'kg'],
  ])('%j cannot be converted to %j (unit column %j)', (raw, unit, column) => {
    const r = parseValue(raw, unit, column);
    expect(r).toMatchObject({ kind: 'error', code: 'incompatible-unit' });
    if (r.kind === 'error') expect(r.expected.en).toContain('a number in');
  });

  it('rejects a suffix that disagrees with the unit column', () => {
    expect(parseValue('98%', '%', '‰')).toMatchObject({ kind: 'error', code: 'unit-mismatch' });
  });
});

describe('parseYear', () => {
  it.each([
    ['2024', 2024],
    ['２０２４', 2024],
    ['2024年', 2024],
    ['2024.0', 2024],
    [' 2024 ', 2024],
    ['2024年度', 2024],
  ])('%j is %d', (raw, year) => expect(parseYear(raw)).toBe(year));

  it.each(['2024-05-01', '24', 'twenty', '2024.5', '', '二〇二四'])('%j is not a year', (raw) => expect(parseYear(raw)).toBeUndefined());
});

// ---- property: any supported spelling of a number parses back to the same value ----

/** Multiply a plain decimal string by 10^k by moving its point. */
function shiftDecimal(text: string, k: number): string {
  const negative = text.startsWith('-');
  const [int = '', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = int + frac;
  const point = int.length + k;
  const padded = point < 0 ? '0'.repeat(-point) + digits : point > digits.length ? digits + '0'.repeat(point - digits.length) : digits;
  const at = Math.max(point, 0);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const fraction = padded.slice(at).replace(/0+$/, '');
  const result = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

function groupThousands(text: string): string {
  const [int = '', frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.,%/-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const RATE_EXPONENT: Record<string, number> = { '%': 2, '‰': 3, '/10万': 5 };
const SUFFIX_SPELLINGS: Record<string, string[]> = { '%': ['%', ' %', '％'], '‰': ['‰', ' ‰'], '/10万': ['/10万', '/10万人', ' /10万'] };

const decimalText = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([mantissa, decimals]) => shiftDecimal(String(mantissa), -decimals));

describe('parseValue properties', () => {
  it('reads a number in any supported spelling and unit back to the same value in the target unit', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.constantFrom('%', '‰', '/10万'),
        fc.constantFrom('%', '‰', '/10万', ''),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        (text, target, written, grouped, wide, pick) => {
          const expected = Number(text);
          const source = written === '' ? target : written;
          let spelled = shiftDecimal(text, (RATE_EXPONENT[source] ?? 0) - (RATE_EXPONENT[target] ?? 0));
          if (grouped) spelled = groupThousands(spelled);
          if (wide) spelled = fullWidth(spelled);
          const suffixes = written === '' ? [''] : (SUFFIX_SPELLINGS[written] ?? ['']);
          spelled += suffixes[pick % suffixes.length];
          const parsed = parseValue(spelled, target);
          expect(parsed).toEqual({ kind: 'number', value: expected === 0 ? 0 : expected });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and never returns a non-finite number, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom('%', '‰', '/10万', '', '岁'), (raw, unit) => {
        const parsed = parseValue(raw, unit);
        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
