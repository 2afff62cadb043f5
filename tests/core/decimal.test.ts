// decimalsOf finds the decimals of most values by arithmetic; it must always agree with reading them off the
// shortest text of the number, which is what "decimals as printed" means.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf } from '../../src/core/decimal.js';

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
