import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Response } from 'express';
import { ACCESS_METADATA, type RouteAccess } from '../authz/access.decorators';
import { TooManyRequestsError } from '../errors/domain-errors';

/**
 * Limits, per client address and in Redis (so every API process counts together), the routes
 * open without signing in. Signed-in routes are not counted here: they are authorised per user,
 * and live events have their own per-user limit (realtime/socket-rate-limiter.ts).
 */
@Injectable()
export class AnonymousRateGuard extends ThrottlerGuard {
  private readonly log = new Logger(AnonymousRateGuard.name);

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return Promise.resolve(true);
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    return Promise.resolve(access?.kind !== 'public');
  }

  /** One count per address and limit, whatever the route: a bucket per route would multiply it. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof TooManyRequestsError) throw error;
      // Redis down: serve rather than refuse every visitor; readiness already reports it.
      this.log.warn({ err: error }, 'rate limit store unavailable: request let through');
      return true;
    }
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    // The standard header (the library names it after the throttler: Retry-After-anonymous).
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    return Promise.reject(
      new TooManyRequestsError(
        `Too many requests from your address: try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
        seconds,
      ),
    );
  }
}
