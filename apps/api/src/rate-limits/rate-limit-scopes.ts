import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ACCESS_METADATA, type RouteAccess } from '../authz/access.decorators';
import type { AuthenticatedRequest } from '../authz/access.guard';
import { COSTLY_ROUTE, type CostlyWhen, SIGN_IN_LIMITED } from './rate-limit.decorators';

// Which requests each limit of rate-limits.module.ts counts, and by what.

const metadata = <T>(key: string, context: ExecutionContext): T | undefined =>
  (Reflect.getMetadata(key, context.getHandler()) ?? Reflect.getMetadata(key, context.getClass())) as T | undefined;

export const isOpenRoute = (context: ExecutionContext): boolean =>
  metadata<RouteAccess>(ACCESS_METADATA, context)?.kind === 'public';

export const isSignInRoute = (context: ExecutionContext): boolean =>
  metadata<boolean>(SIGN_IN_LIMITED, context) === true;

export const isCostlyRequest = (context: ExecutionContext): boolean => {
  const when = metadata<CostlyWhen>(COSTLY_ROUTE, context);
  return when !== undefined && when(context.switchToHttp().getRequest<Request>());
};

/**
 * The account the AccessGuard authenticated, not the address: a whole delegation may sit behind
 * one conference network, and a stolen token is limited wherever it is used from.
 */
export const accountOf = (_request: unknown, context: ExecutionContext): Promise<string> => {
  const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  // The guards' order (app.module.ts) makes this impossible; fail loud rather than count nobody.
  if (!principal) return Promise.reject(new Error('rate limit of a signed-in route counted before authentication'));
  return Promise.resolve(principal.userId);
};
