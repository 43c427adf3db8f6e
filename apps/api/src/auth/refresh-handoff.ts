import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The successor a rotation issued, as late presenters of the replaced token receive it. */
export interface RefreshHandoff {
  token: string;
  expiresAt: Date;
}

const INFO = 'concordia refresh handoff';

/**
 * The key is derived from the replaced token, which the server never stores: whoever reads Redis
 * during the grace window finds no usable refresh token, only what the replaced token's holder
 * can open. The token's 256 random bits make a salt-free HKDF sufficient.
 */
function keyOf(replacedToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', replacedToken, Buffer.alloc(0), INFO, 32));
}

/** AES-256-GCM of the successor under the replaced token's key, as base64url `iv.tag.data`. */
export function sealHandoff(replacedToken: string, handoff: RefreshHandoff): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(replacedToken), iv);
  const plain = JSON.stringify({ token: handoff.token, expiresAt: handoff.expiresAt.toISOString() });
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
}

/** The successor, or null when the sealed value was not made for this token (or is damaged). */
export function openHandoff(replacedToken: string, sealed: string): RefreshHandoff | null {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(replacedToken), iv);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    const parsed = JSON.parse(plain) as { token?: unknown; expiresAt?: unknown };
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string') return null;
    return { token: parsed.token, expiresAt: new Date(parsed.expiresAt) };
  } catch {
    return null;
  }
}
