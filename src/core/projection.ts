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
  const base = { method, fromYear: first[0], toYear: deadline, points: points.length };
  if (method === 'cagr') {
    // Growth rates are undefined for zero or negative values.
    if (first[1] <= 0 || last[1] <= 0) return null;
    const rate = Math.pow(last[1] / first[1], 1 / (last[0] - first[0])) - 1;
    return { ...base, rate, value: last[1] * Math.pow(1 + rate, deadline - last[0]) };
  }
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p[0], 0) / n;
  const meanY = points.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) * (x - meanX);
  }
  const slope = sxy / sxx;
  return { ...base, rate: slope, value: meanY + slope * (deadline - meanX) };
}
