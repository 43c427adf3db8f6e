import type { JobRef } from './job-handler';

const label = (ref: JobRef): string => `${ref.queue}/${ref.job}`;

/**
 * Compares the jobs the contracts declare with the handlers the worker has. Every problem is
 * reported, not only the first, so one failed start-up tells the whole story.
 */
export function findHandlerProblems(declared: readonly JobRef[], handled: readonly JobRef[]): string[] {
  const declaredLabels = new Set(declared.map(label));
  const handledCounts = new Map<string, number>();
  for (const ref of handled) handledCounts.set(label(ref), (handledCounts.get(label(ref)) ?? 0) + 1);

  const problems: string[] = [];
  for (const ref of declared) {
    if (!handledCounts.has(label(ref))) problems.push(`no handler for job "${ref.job}" of queue "${ref.queue}"`);
  }
  for (const [name, count] of handledCounts) {
    if (!declaredLabels.has(name)) problems.push(`handler for "${name}" names a job that the contracts do not declare`);
    if (count > 1) problems.push(`${count} handlers for "${name}"; a job must have exactly one`);
  }
  return problems;
}

export class HandlerCoverageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Worker job handlers do not match the contracts:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HandlerCoverageError';
  }
}

export function assertHandlerCoverage(declared: readonly JobRef[], handled: readonly JobRef[]): void {
  const problems = findHandlerProblems(declared, handled);
  if (problems.length > 0) throw new HandlerCoverageError(problems);
}
