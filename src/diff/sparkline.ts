// A terminal sparkline: one block character per year, scaled between the series' lowest and highest value.
const BLOCKS = '▁▂▃▄▅▆▇█';
export const SPARK_GAP = '·';

/** ▁ for the lowest value, █ for the highest, ▄ when all are equal, · for a missing one. */
export function sparkline(values: ReadonlyArray<number | null>): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(...present);
  const high = Math.max(...present);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return SPARK_GAP;
      if (high === low) return BLOCKS[3]!;
      return BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))]!;
    })
    .join('');
}
