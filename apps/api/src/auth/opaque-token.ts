import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters, 256 bits of entropy. */
export function generateOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored only as this hash. A plain sha256 suffices (no salt, no slow hash): the
 * tokens are random with 256 bits of entropy, so there is nothing to brute-force, and the
 * hash must be deterministic to look the token up.
 */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
