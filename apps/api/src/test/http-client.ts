import { REFRESH_COOKIE } from '@concordia/contracts';

export interface HttpResult {
  status: number;
  // Tests assert on loosely typed JSON bodies.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
  /** The refresh cookie set by this response, if any ('' when cleared). */
  refreshCookie: string | undefined;
}

export interface RequestOptions {
  token?: string;
  refresh?: string;
  headers?: Record<string, string>;
  /** Sent as is (for malformed or oversized bodies). */
  rawBody?: string;
}

function refreshCookieOf(headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const match = new RegExp(`^${REFRESH_COOKIE}=([^;]*)`).exec(cookie);
    if (match) return decodeURIComponent(match[1] ?? '');
  }
  return undefined;
}

/** A small fetch wrapper for the integration specs. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.refresh) headers.cookie = `${REFRESH_COOKIE}=${encodeURIComponent(options.refresh)}`;
    let payload: string | FormData | undefined = options.rawBody;
    if (body instanceof FormData) payload = body;
    else if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
    if (typeof payload === 'string') headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers, refreshCookie: refreshCookieOf(res.headers) };
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, undefined, options);
  }

  post(path: string, body?: unknown, options?: RequestOptions) {
    return this.request('POST', path, body, options);
  }

  patch(path: string, body?: unknown, options?: RequestOptions) {
    return this.request('PATCH', path, body, options);
  }

  put(path: string, body?: unknown, options?: RequestOptions) {
    return this.request('PUT', path, body, options);
  }

  /** A multipart upload of one file (fetch sets the boundary). */
  upload(path: string, file: { name: string; bytes: Buffer | string }, options?: RequestOptions & { field?: string }) {
    const form = new FormData();
    const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes;
    form.append(options?.field ?? 'file', new Blob([bytes]), file.name);
    return this.request('POST', path, form, options);
  }
}

/** The `items` of a list response, typed as the spec expects them. */
export const itemsOf = <T>(res: HttpResult): T[] => (res.body as { items: T[] }).items;
