// decimalsOf and roundTo work most values out by arithmetic; they must always agree with the text of the number
// (its shortest text; toFixed), which is what "decimals as printed" means.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, roundTo } from '../../src/core/decimal.js';

/** The definition: decimals of the shortest text that reads back as x, capped at 10. */
function decimalsFromText(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  return Math.max(0, Math.min(10, (dot < 0 ? 0 : mantissa.length - dot - 1) - exponent));
}

/** A decimal as a CSV cell parses to it: n / 10^d. */
const typed = fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 8 })).map(([n, d]) => Number((n / 10 ** d).toFixed(d)));
/** Decimals near and past the exact integers once scaled. */
const large = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: 1e11, max: 1e16, noNaN: true })).map(([d, x]) => Number(x.toFixed(d)));
/** Results of arithmetic on such decimals, binary noise and all. */
const computed = fc.tuple(typed, typed, fc.constantFrom('+', '-', '*', '/')).map(([a, b, op]) => (op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b));

describe('decimalsOf', () => {
  it('agrees with the shortest text on typed decimals, computed values and any double', () => {
    for (const values of [typed, computed, fc.double(), fc.double({ min: -1e16, max: 1e16 }), large]) {
      fc.assert(fc.property(values, (x) => decimalsOf(x) === decimalsFromText(x)), { numRuns: 20_000 });
    }
  });

  it('reads the cases that arithmetic must leave to the text', () => {
    expect(decimalsOf(117.7)).toBe(1);
    expect(decimalsOf(0.1 + 0.2)).toBe(10);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(12.3456)).toBe(4);
    expect(decimalsOf(12.34567)).toBe(5);
    expect(decimalsOf(-0.05)).toBe(2);
    // Past 2^49 the product is not exact: 450750329902364.44 has 2 decimals, though n / 1000 reads back as it.
    expect(decimalsOf(-450750329902364.44)).toBe(2);
  });
});

describe('roundTo', () => {
  /** The definition: what toFixed prints, read back, never −0. */
  const fromText = (x: number, places: number) => {
    const rounded = Number(x.toFixed(places));
    return rounded === 0 ? 0 : rounded;
  };
  const places = fc.integer({ min: 0, max: 6 });

  it('agrees with toFixed on typed decimals, computed values, exact ties and any double', () => {
    /** Exact binary ties at the rounding place (0.125 to 2 places, 2.5 to 0) and their neighbours. */
    const ties = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(-1, 0, 1)).map(([n, d, step]) => {
      const tie = (n + 0.5) / 10 ** d;
      return step === 0 ? tie : step > 0 ? tie + Number.EPSILON * Math.abs(tie) : tie - Number.EPSILON * Math.abs(tie);
    });
    for (const values of [typed, computed, ties, large, fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.double()]) {
      fc.assert(fc.property(values, places, (x, p) => Object.is(roundTo(x, p), fromText(x, p)) || (Number.isNaN(x) && Number.isNaN(roundTo(x, p)))), { numRuns: 20_000 });
    }
  });

  it('rounds ties away from zero, binary neighbours by their true value, and never gives −0', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.125, 2)).toBe(0.13);
    // 1.005 is stored just below 1.005: toFixed, and so roundTo, give 1.00.
    expect(roundTo(1.005, 2)).toBe(1);
    expect(roundTo(117.4 - 117.7, 1)).toBe(-0.3);
    expect(Object.is(roundTo(-0.004, 2), 0)).toBe(true);
  });
});
