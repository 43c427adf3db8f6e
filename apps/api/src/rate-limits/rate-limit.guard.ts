import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Response } from 'express';
import { TooManyRequestsError } from '../errors/domain-errors';
import { type CountRecord, takeEarlyCount } from './early-account-counts';
import { RATE_LIMITS } from './rate-limit.decorators';

/**
 * Counts every HTTP request in Redis (so every API process counts together) against the limits
 * of rate-limits.module.ts: per client address on the routes open without signing in, per
 * account on the others. Registered after the AccessGuard, whose principal it counts by. Live
 * events have their own per-user limit (realtime/socket-rate-limiter.ts).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly log = new Logger(RateLimitGuard.name);

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    return Promise.resolve(context.getType() !== 'http');
  }

  /** One count per tracker and limit, whatever the route: a bucket per route would multiply it. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      const early = await this.earlyCount(request);
      return early ? await this.judge(request, early) : await super.handleRequest(request);
    } catch (error) {
      if (error instanceof TooManyRequestsError) throw error;
      // Redis down: serve rather than refuse everyone; readiness already reports it.
      this.log.warn({ err: error }, 'rate limit not counted: request let through');
      return true;
    }
  }

  /** The account's count begun as the request arrived (EarlyAccountCounts), if it was. */
  private async earlyCount(request: ThrottlerRequest) {
    if (request.throttler.name !== RATE_LIMITS.account) return undefined;
    const { req } = this.getRequestResponse(request.context);
    const tracker = await request.getTracker(req, request.context);
    const key = request.generateKey(request.context, tracker, RATE_LIMITS.account);
    const count = takeEarlyCount(req, key);
    return count && { tracker, key, record: await count };
  }

  /** What ThrottlerGuard.handleRequest does with a count, for one begun early. */
  private async judge(
    { context, limit, ttl, throttler }: ThrottlerRequest,
    { tracker, key, record }: { tracker: string; key: string; record: CountRecord },
  ): Promise<boolean> {
    const { res } = this.getRequestResponse(context);
    const suffix = `-${throttler.name ?? RATE_LIMITS.account}`;
    if (record.isBlocked) {
      this.setResponseHeader(res, `Retry-After${suffix}`, record.timeToBlockExpire);
      await this.throwThrottlingException(context, { limit, ttl, key, tracker, ...record });
    }
    this.setResponseHeader(res, `${this.headerPrefix}-Limit${suffix}`, limit);
    this.setResponseHeader(res, `${this.headerPrefix}-Remaining${suffix}`, Math.max(0, limit - record.totalHits));
    this.setResponseHeader(res, `${this.headerPrefix}-Reset${suffix}`, record.timeToExpire);
    return true;
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    // The standard header (the library names it after the throttler: Retry-After-anonymous).
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    const wait = `try again in ${seconds} second${seconds === 1 ? '' : 's'}`;
    return Promise.reject(new TooManyRequestsError(`${TOO_MANY[throttlerOf(detail.key)]}: ${wait}`, seconds));
  }
}

type RateLimitName = (typeof RATE_LIMITS)[keyof typeof RATE_LIMITS];

const TOO_MANY: Record<RateLimitName, string> = {
  [RATE_LIMITS.anonymous]: 'Too many requests from your address',
  [RATE_LIMITS.signIn]: 'Too many requests from your address',
  [RATE_LIMITS.account]: 'Too many requests from your account',
  [RATE_LIMITS.costly]: 'Too many exports, comparisons or searches from your account',
};

/** The throttler's name, which generateKey puts first. */
const throttlerOf = (key: string): RateLimitName => {
  const name = key.slice(0, key.indexOf(':'));
  return Object.values(RATE_LIMITS).find((known) => known === name) ?? RATE_LIMITS.anonymous;
};
