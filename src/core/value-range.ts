// The values an indicator can take: what the loader checks every data value against and projections are clamped to.
// Zod-free, so the evaluator and the loader share it without loading the schema library.

export interface ValueRange {
  min: number | null;
  max: number | null;
}

/** A share cannot pass its whole: % stops at 100, ‰ at 1000. Gross ratios that may exceed it declare `range`. */
const SCALE_MAX: Readonly<Record<string, number>> = { '%': 100, '‰': 1000 };

/** The declared range, else 0–100 for %, 0–1000 for ‰, and ≥ 0 for every count, rate and plain number. */
export function rangeOf(indicator: { unit: string; range?: { min?: number | undefined; max?: number | null | undefined } | undefined } | undefined): ValueRange {
  const unit = indicator?.unit ?? '';
  return {
    min: indicator?.range?.min ?? 0,
    max: indicator?.range !== undefined && 'max' in indicator.range ? (indicator.range.max ?? null) : (SCALE_MAX[unit] ?? null),
  };
}

export function isWithin(value: number, range: ValueRange): boolean {
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

/** The value moved into the range, and the bound it was moved to (null when it was inside). */
export function clampTo(value: number, range: ValueRange): { value: number; bound: number | null } {
  if (range.max !== null && value > range.max) return { value: range.max, bound: range.max };
  if (range.min !== null && value < range.min) return { value: range.min, bound: range.min };
  return { value, bound: null };
}

