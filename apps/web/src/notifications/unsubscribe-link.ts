import {
  ErrorCode,
  type Language,
  languageSchema,
  unsubscribeRequestSchema,
  type UnsubscribeRequest,
} from '@concordia/contracts';
import { hasCode } from '../api/api-error';

/**
 * The request an email's unsubscribe link carries, or null when the link was cut or altered:
 * checked before calling the API so a broken link is never sent as a form to correct.
 */
export const readUnsubscribeLink = (params: URLSearchParams): UnsubscribeRequest | null =>
  unsubscribeRequestSchema.safeParse({ token: params.get('token'), type: params.get('type') }).data ?? null;

/**
 * Whether the API refused the link itself: no account holds its token any more (404) or its
 * parts are malformed. The reader can do nothing about either but manage the emails signed in;
 * any other failure (network, server) is worth retrying and is shown as it is.
 */
export const isDeadLink = (error: unknown): boolean =>
  hasCode(error, ErrorCode.UnsubscribeInvalid, ErrorCode.ValidationFailed);

/** The language of the email the link came from (`lang`), which its page speaks; null when absent or unknown. */
export const linkLanguage = (params: URLSearchParams): Language | null =>
  languageSchema.safeParse(params.get('lang')).data ?? null;
