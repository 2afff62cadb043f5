// Exact comparisons of decimals as printed. Data and targets are short decimals (117.7, 0.3); binary
// floating point makes 117.4 − 117.7 = −0.30000000000001137, so a boundary value would miss. Every
// derived value is rounded to the decimals of its inputs (a scaled integer in effect) before it is
// compared or shown: no big-number dependency is needed for sums, differences and products of short decimals.

/** More decimals than this are noise from a computed value (a ratio, a projection), never data. */
const MAX_DECIMALS = 10;

/** Decimals of the shortest text that reads back as x: 117.7 → 1, 12 → 0, 1e-7 → 7 (capped at 10). */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  // Data has a few decimals: when x is the double nearest to n / 10^d for the first such d, its shortest text
  // has exactly d decimals. That holds while x·10^d is far inside the exact integers (n then is exact, and is
  // the nearest), so larger values, like anything else (1e-7, binary noise, long fractions), are read from
  // the text below. Arithmetic, not text, as this runs for every value judged.
  for (let d = 1, scale = 10; d <= 4; d++, scale *= 10) {
    const scaled = x * scale;
    if (Math.abs(scaled) >= 2 ** 49) break;
    if (Math.round(scaled) / scale === x) return d;
  }
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, Math.min(MAX_DECIMALS, fraction - exponent));
}

/** Within this of .5 toFixed decides: a tie, or near one (a safety distance; see roundTo). */
const TIE_MARGIN = 2 ** -12;

/** x rounded to `decimals` places as toFixed rounds it (the nearest; a tie away from zero); never −0. */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const places = Math.max(0, Math.min(MAX_DECIMALS, decimals));
  // By arithmetic when that is certain to agree with toFixed, as this runs for every value judged. Below 2^40
  // the product is within 2^-13 of x·10^places and rounding it cannot carry it across .5 (exact there), so a
  // fraction clear of .5 picks toFixed's n; n / 10^places is then the double nearest the decimal toFixed prints.
  // The property test in tests/core/decimal.test.ts holds it to toFixed.
  if (places <= 4) {
    const scale = places === 0 ? 1 : places === 1 ? 10 : places === 2 ? 100 : places === 3 ? 1000 : 10000;
    const scaled = x * scale;
    if (Math.abs(scaled) < 2 ** 40) {
      const floor = Math.floor(scaled);
      const fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
        const rounded = (fraction < 0.5 ? floor : floor + 1) / scale;
        return rounded === 0 ? 0 : rounded;
      }
    }
  }
  const rounded = Number(x.toFixed(places));
  return rounded === 0 ? 0 : rounded;
}

function decimalsOfAll(values: readonly number[]): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) most = Math.max(most, decimalsOf(values[i]!));
  return most;
}

export function add(a: number, b: number): number {
  return roundTo(a + b, Math.max(decimalsOf(a), decimalsOf(b)));
}

export function subtract(a: number, b: number): number {
  return roundTo(a - b, Math.max(decimalsOf(a), decimalsOf(b)));
}

export function multiply(a: number, b: number): number {
  return roundTo(a * b, decimalsOf(a) + decimalsOf(b));
}

/** p % as a fraction: 18 → 0.18, 12.5 → 0.125. */
export function percentOf(p: number): number {
  return roundTo(p / 100, decimalsOf(p) + 2);
}

/** −1, 0 or 1 as a is below, equal to or above b, compared as the decimals they print as. */
export function compareDecimals(a: number, b: number): -1 | 0 | 1 {
  const d = subtract(a, b);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

export const atLeast = (a: number, b: number) => compareDecimals(a, b) >= 0;
export const atMost = (a: number, b: number) => compareDecimals(a, b) <= 0;
export const above = (a: number, b: number) => compareDecimals(a, b) > 0;
export const below = (a: number, b: number) => compareDecimals(a, b) < 0;

/** The precision a computed value (projection, average change) is shown and judged at: the inputs' decimals plus one. */
export function reportPrecision(inputs: readonly number[]): number {
  return Math.min(MAX_DECIMALS, decimalsOfAll(inputs) + 1);
}
