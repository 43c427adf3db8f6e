import { SetMetadata } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request } from 'express';

export const SIGN_IN_LIMITED = 'concordia:sign-in-limited';
export const COSTLY_ROUTE = 'concordia:costly-route';

/** Every limit counts requests per minute. */
export const RATE_WINDOW_MS = 60_000;

/** The throttlers of rate-limits.module.ts, by name. */
export const RATE_LIMITS = {
  anonymous: 'anonymous',
  signIn: 'sign-in',
  account: 'account',
  costly: 'account-costly',
} as const;

/** Whether one request to a costly route is costly (all of them unless the route says). */
export type CostlyWhen = (request: Request) => boolean;

/**
 * A route that checks a password: also counted in the tighter per-address sign-in limit, on top
 * of the per-account failure lock (which cannot see one address trying many accounts).
 */
export const SignInRateLimit = () => SetMetadata(SIGN_IN_LIMITED, true);

/**
 * A signed-in route that costs the server far more than a page's reads (a document built, two
 * versions compared, a text search): also counted in the tighter per-account costly limit.
 */
export const CostlyRoute = (when: CostlyWhen = () => true) => SetMetadata(COSTLY_ROUTE, when);

/** Probes of the orchestrator call these every few seconds: never limited. */
export const NotRateLimited = () =>
  SkipThrottle(Object.fromEntries(Object.values(RATE_LIMITS).map((name) => [name, true])));
