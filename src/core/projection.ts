// Projects a series to the deadline: least-squares line by default, compound annual growth as an option.
import type { Projection } from './types.js';

export function projectToDeadline(
  points: ReadonlyArray<readonly [number, number]>,
  deadline: number,
  method: 'linear' | 'cagr',
): Projection | null {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (last[0] === first[0]) return null;
  const fromYear = first[0];
  const count = points.length;
  if (method === 'cagr') {
    // Growth rates are undefined for zero or negative values.
    if (first[1] <= 0 || last[1] <= 0) return null;
    const rate = Math.pow(last[1] / first[1], 1 / (last[0] - first[0])) - 1;
    return { method, fromYear, toYear: deadline, points: count, rate, value: last[1] * Math.pow(1 + rate, deadline - last[0]) };
  }
  // Plain loops, not reduce with closures: this runs for every rule in every year history shows, mostly before
  // V8 has optimised anything.
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < count; i++) {
    sumX += points[i]![0];
    sumY += points[i]![1];
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < count; i++) {
    const dx = points[i]![0] - meanX;
    sxy += dx * (points[i]![1] - meanY);
    sxx += dx * dx;
  }
  const slope = sxy / sxx;
  return { method, fromYear, toYear: deadline, points: count, rate: slope, value: meanY + slope * (deadline - meanX) };
}
