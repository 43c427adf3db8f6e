import { SetMetadata } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';

export const SIGN_IN_LIMITED = 'concordia:sign-in-limited';

/** The throttlers of rate-limits.module.ts, by name. */
export const RATE_LIMITS = { anonymous: 'anonymous', signIn: 'sign-in' } as const;

/**
 * A route that checks a password: also counted in the tighter per-address sign-in limit, on top
 * of the per-account failure lock (which cannot see one address trying many accounts).
 */
export const SignInRateLimit = () => SetMetadata(SIGN_IN_LIMITED, true);

/** Probes of the orchestrator call these every few seconds: never limited. */
export const NotRateLimited = () => SkipThrottle({ [RATE_LIMITS.anonymous]: true });
