import { ErrorCode, loginResponseSchema, type LoginResponse } from '@concordia/contracts';
import type { z } from 'zod';
import { sampleOf, serverClock, type ServerClock } from '../common/server-clock';
import { ApiError } from './api-error';
import { uncoordinated, type RefreshCoordinator } from './refresh-coordinator';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data (file uploads); the browser writes the boundary header itself. */
  form?: FormData;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** The request outlives the page (sent as it is closed). */
  keepalive?: boolean;
  /** False for the calls that establish a session (login, refresh, invitation accept). */
  authenticated?: boolean;
}

export type SessionListener = (session: LoginResponse | null) => void;

/**
 * HTTP client for the Concordia API. The access token lives only in memory (never in storage, so
 * a script injected into the page cannot lift a long-lived credential); the refresh token is an
 * httpOnly cookie the browser sends to /api/auth. An expired access token is renewed once, by a
 * single refresh shared by every call that hit the expiry at the same time, and the call retried.
 */
export class ApiClient {
  private accessToken: string | null = null;
  private refreshing: Promise<LoginResponse | null> | null = null;
  private readonly listeners = new Set<SessionListener>();

  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
    /** How the tabs of the browser take turns to renew the session they share the cookie of. */
    private readonly coordinator: RefreshCoordinator = uncoordinated,
    /** Learns the server's clock from every answer (see server-clock). */
    private readonly clock: ServerClock = serverClock,
  ) {}

  get token(): string | null {
    return this.accessToken;
  }

  /** Called with every new session (login, refresh, accept) and with null when it ends. */
  onSession(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setSession(session: LoginResponse | null): void {
    this.accessToken = session?.accessToken ?? null;
    if (!session) this.coordinator.signedOut();
    for (const listener of this.listeners) listener(session);
  }

  /**
   * Exchanges the refresh cookie for a new session; resolves null when there is none. Concurrent
   * callers share one request: the server rotates the cookie, so a second parallel refresh would
   * present a cookie that was just replaced and end the session. Other tabs take turns with this
   * one through the coordinator, and may hand it the session they just renewed.
   */
  refresh(): Promise<LoginResponse | null> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<LoginResponse | null> {
    try {
      const session = await this.coordinator.run(() =>
        // 204 (null): this browser holds no session to renew.
        this.sendOptional('POST', '/auth/refresh', loginResponseSchema, { authenticated: false }),
      );
      this.setSession(session);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.setSession(null);
        return null;
      }
      throw error;
    }
  }

  /** Sends a request and parses the JSON response with `schema`. */
  async send<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    options: RequestOptions = {},
  ): Promise<z.output<S>> {
    const response = await this.fetchWithRenewal(method, path, options);
    const body: unknown = await response.json().catch((cause: unknown) => {
      throw ApiError.unexpectedBody(path, cause);
    });
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw ApiError.unexpectedBody(path, parsed.error);
    return parsed.data;
  }

  /**
   * Like `send`, for actions whose answer may be empty (204): the parsed body when there is one,
   * else null, so the caller can show the new state at once or wait for the live event.
   */
  async sendOptional<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    options: RequestOptions = {},
  ): Promise<z.output<S> | null> {
    const response = await this.fetchWithRenewal(method, path, options);
    const text = await response.text();
    if (text.trim() === '') return null;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw ApiError.unexpectedBody(path, cause);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw ApiError.unexpectedBody(path, parsed.error);
    return parsed.data;
  }

  /** Fetches a file the API generates (CSV export); the bearer token rules out a plain link. */
  async sendBlob(method: Method, path: string, options: RequestOptions = {}): Promise<Blob> {
    const response = await this.fetchWithRenewal(method, path, options);
    return response.blob();
  }

  /**
   * Like `sendBlob`, reporting the bytes received so far and the announced length (null when the
   * server did not announce one), so a long export can show how far along it is.
   */
  async sendBlobWithProgress(
    method: Method,
    path: string,
    options: RequestOptions,
    onProgress: (received: number, total: number | null) => void,
  ): Promise<Blob> {
    const response = await this.fetchWithRenewal(method, path, options);
    const total = Number(response.headers.get('Content-Length')) || null;
    if (!response.body) return response.blob();
    const reader = response.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received, total);
    }
    return new Blob(chunks, { type: response.headers.get('Content-Type') ?? '' });
  }

  /** Sends a request whose answer carries no body the client needs (204 or an ignored echo). */
  async sendVoid(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
    await this.fetchWithRenewal(method, path, options);
  }

  private async fetchWithRenewal(method: Method, path: string, options: RequestOptions): Promise<Response> {
    const authenticated = options.authenticated ?? true;
    const tokenSent = this.accessToken;
    const first = await this.fetchOnce(method, path, options, authenticated);
    if (first.ok) return first;
    const error = await ApiError.fromResponse(first);
    if (!authenticated || error.code !== ErrorCode.AuthTokenExpired) throw error;

    // Another call may already have renewed the token while this one was in flight.
    if (this.accessToken === tokenSent || this.accessToken === null) {
      const session = await this.refresh();
      if (!session) throw error;
    }
    const second = await this.fetchOnce(method, path, options, authenticated);
    if (second.ok) return second;
    throw await ApiError.fromResponse(second);
  }

  private async fetchOnce(
    method: Method,
    path: string,
    options: RequestOptions,
    authenticated: boolean,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (authenticated && this.accessToken) headers['Authorization'] = `Bearer ${this.accessToken}`;
    try {
      const sentAt = this.clock.localNow();
      const response = await this.fetchImpl(this.url(path, options.query), {
        method,
        headers,
        body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        credentials: 'include',
        signal: options.signal,
        keepalive: options.keepalive,
      });
      this.clock.record(sampleOf(response.headers, sentAt, this.clock.localNow()));
      return response;
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw ApiError.network(cause);
    }
  }

  private url(path: string, query: RequestOptions['query']): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, value);
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}
