import { z } from 'zod';

export const dependencyHealthSchema = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().nullable(),
  error: z.string().optional(),
});

export const livenessSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });
export type Liveness = z.infer<typeof livenessSchema>;

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: dependencyHealthSchema, redis: dependencyHealthSchema }),
});
export type Readiness = z.infer<typeof readinessSchema>;
