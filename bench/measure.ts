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
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}
