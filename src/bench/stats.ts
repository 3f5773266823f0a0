/** Order statistics for the benchmarks: one rule for "p50" and "median" in every table. */

/** The value at percentile `p` (0–100) of `sorted` (ascending): the nearest rank, no interpolation. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** The median of `values` in any order (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((x, y) => x - y),
    50,
  );
}
