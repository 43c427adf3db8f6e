import type { PlatformRole } from '@concordia/contracts';

/** The authenticated caller, as established from a valid access token and a live session. */
export interface Principal {
  userId: string;
  /** Display name, read with the user on every request (audit entries and presence show it). */
  name: string;
  /** Refresh-session family of the login that issued the token (`sid` claim). */
  sessionId: string;
  platformRoles: readonly PlatformRole[];
  /** When the access token it was read from expires (epoch ms): a socket lives no longer. */
  tokenExpiresAt?: number;
}

export const isAdmin = (principal: Principal): boolean => principal.platformRoles.includes('admin');
