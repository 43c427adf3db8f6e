import { REFRESH_COOKIE } from '@concordia/contracts';
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

/** The refresh cookie only travels to the auth endpoints, never readable by scripts. */
export const REFRESH_COOKIE_PATH = '/api/auth';

function options(config: AppConfig): CookieOptions {
  return { httpOnly: true, secure: config.env === 'production', sameSite: 'strict', path: REFRESH_COOKIE_PATH };
}

export function setRefreshCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, token, { ...options(config), expires: expiresAt });
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, options(config));
}

export function readRefreshCookie(req: Request): string | undefined {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== 'object' || cookies === null) return undefined;
  const value = (cookies as Record<string, unknown>)[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
