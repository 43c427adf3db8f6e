import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import { UnauthorizedError } from '../errors/domain-errors';
import type { AuthenticatedRequest } from './access.guard';
import type { Principal } from './principal';

/** The caller established by AccessGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new UnauthorizedError(ErrorCode.AuthRequired, 'Sign in to continue');
  return principal;
});
