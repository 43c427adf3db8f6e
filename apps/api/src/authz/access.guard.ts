import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Authenticator, bearerToken } from '../auth/authenticator.service';
import { ForbiddenError } from '../errors/domain-errors';
import { ACCESS_METADATA, type RouteAccess, SPECULATIVE_ACCESS } from './access.decorators';
import { allowsPlatform } from './policies';
import type { Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/**
 * The global guard: every HTTP route is private unless marked @Public. It authenticates the
 * bearer token and enforces platform actions; process actions are enforced by the use case
 * through ProcessAccessService, which needs the process id.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets authenticate once, in the socket.io middleware (guards do not run on connect).
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    // RouteAccessAudit refuses to start with an undeclared route; deny anyway, never allow by default.
    if (!access) throw new ForbiddenError('This route has no access rule');
    if (access.kind === 'public') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Only process routes: their use case decides access after the guard, and confirms it.
    const speculative =
      access.kind === 'process' &&
      this.reflector.getAllAndOverride<boolean | undefined>(SPECULATIVE_ACCESS, [context.getHandler()]) === true;
    const principal = await this.authenticator.authenticate(bearerToken(req.headers.authorization), req, speculative);
    req.principal = principal;
    if (access.kind === 'platform' && !allowsPlatform(principal, access.action)) {
      throw new ForbiddenError();
    }
    return true;
  }
}
