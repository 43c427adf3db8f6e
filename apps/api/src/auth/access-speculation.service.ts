import { Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../authz/access.guard';
import type { Principal } from '../authz/principal';
import { WriteGenerations } from '../authz/write-generations.service';
import { Authenticator, bearerToken } from './authenticator.service';

/** A speculative request met a change stored before it began: it must start again. */
export class StaleAccessError extends Error {
  constructor() {
    super('access counters changed before the request began');
    this.name = StaleAccessError.name;
  }
}

/**
 * Runs the work of a route marked `@SpeculativeAccess()`. Such a request is authenticated and
 * authorised on the write counters this process read last (under a second old), instead of
 * waiting for its own read of them, so the round trip to Redis overlaps the request's own
 * work. The rule of WriteGenerations still holds: the work confirms the counters before its
 * first write (`confirmBeforeWriting`), and its answer, result or error, is given only once
 * they are confirmed. If a change was stored before the request began, it is authenticated again
 * on fresh counters and the work runs again, having written nothing.
 */
@Injectable()
export class AccessSpeculation {
  constructor(
    private readonly generations: WriteGenerations,
    private readonly authenticator: Authenticator,
  ) {}

  async run<T>(
    request: AuthenticatedRequest,
    principal: Principal,
    work: (principal: Principal) => Promise<T>,
  ): Promise<T> {
    let outcome: { done: true; value: T } | { done: false; error: unknown };
    try {
      outcome = { done: true, value: await work(principal) };
    } catch (error) {
      outcome = { done: false, error };
    }
    if (!(await this.generations.confirm(principal))) {
      // A new key: the counters are read afresh for this second attempt, which does not speculate.
      const fresh = await this.authenticator.authenticate(bearerToken(request.headers.authorization), {});
      return work(fresh);
    }
    if (outcome.done) return outcome.value;
    throw outcome.error;
  }

  /** Before a write: a no-op for requests that did not speculate. */
  async confirmBeforeWriting(principal: Principal): Promise<void> {
    if (!(await this.generations.confirm(principal))) throw new StaleAccessError();
  }
}
