import { ErrorCode, errorResponseSchema, type FieldIssue } from '@concordia/contracts';

/**
 * Every failed call surfaces as an ApiError carrying the server's coded error. Failures that never
 * reached the API (network down, proxy error page) are mapped onto the same shape so screens
 * branch on `code` only.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly requestId: string,
    readonly issues: FieldIssue[] = [],
    /** The whole error body: some errors carry more than the common fields (VERSION_STALE's `current`). */
    readonly body: unknown = null,
  ) {
    super(message);
  }

  /** Builds the error from a non-2xx response, whatever its body holds. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const parsed = errorResponseSchema.safeParse(body);
    if (parsed.success) {
      const { code, message, requestId, issues } = parsed.data;
      return new ApiError(response.status, code, message, requestId, issues ?? [], body);
    }
    // Not one of ours: a gateway or the dev proxy answered while the API was unreachable.
    const code = response.status >= 500 ? ErrorCode.ServiceUnavailable : ErrorCode.Internal;
    return new ApiError(response.status, code, `Unexpected ${response.status} response`, '');
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, ErrorCode.ServiceUnavailable, 'The server could not be reached', '');
    error.cause = cause;
    return error;
  }

  static unexpectedBody(path: string, cause: unknown): ApiError {
    const error = new ApiError(0, ErrorCode.Internal, `The server sent an unexpected response for ${path}`, '');
    error.cause = cause;
    return error;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const hasCode = (error: unknown, ...codes: ErrorCode[]): error is ApiError =>
  isApiError(error) && codes.includes(error.code);
