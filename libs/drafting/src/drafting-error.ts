import type { ErrorCode } from '@concordia/contracts';

/**
 * A drafting rule was broken (bad import, unknown key, impossible operation). The code is the
 * API error code, so a server can answer with it directly instead of a 500.
 */
export class DraftingError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DraftingError';
    this.code = code;
    this.details = details;
  }
}
