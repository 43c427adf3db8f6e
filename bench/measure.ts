import { performance } from 'node:perf_hooks';

/**
 * Median wall time of `run` in milliseconds, after warm-up runs that let the JIT settle. Only
 * ratios between measurements of the same process are meaningful; absolute times depend on the
 * machine.
 */
export function medianMs(run: () => unknown, warmUp: number, runs: number): number {
  for (let i = 0; i < warmUp; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
