import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import type { PlatformAction, ProcessAction } from './policies';

export const ACCESS_METADATA = 'concordia:access';

/**
 * How a route is authorised. Every route must declare one (checked at start-up by
 * RouteAccessAudit), so a forgotten decorator stops the app instead of opening a hole.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'platform'; action: PlatformAction }
  /** The use case resolves the process through ProcessAccessService with this action. */
  | { kind: 'process'; action: ProcessAction };

/** No authentication: anyone may call it. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies RouteAccess);

/** Signed-in callers allowed the platform action; the global guard enforces it before the handler. */
export const Authorize = (action: PlatformAction) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'platform', action } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiErrors(401, 403, 429),
  );

/**
 * Signed-in callers; the process-scoped object is loaded only through ProcessAccessService,
 * which decides with the caller's membership (non-members get 404, members lacking the role 403).
 */
export const AuthorizeInProcess = (action: ProcessAction) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'process', action } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiErrors(401, 403, 404, 429),
  );

export const SPECULATIVE_ACCESS = 'concordia:speculative-access';

/**
 * For the hottest process routes: authentication starts on the write counters this process read
 * last instead of waiting for the request's own read. The handler must run its use case through
 * AccessSpeculation.run, and the use case must call `confirmBeforeWriting` before it writes.
 */
export const SpeculativeAccess = () => SetMetadata(SPECULATIVE_ACCESS, true);
