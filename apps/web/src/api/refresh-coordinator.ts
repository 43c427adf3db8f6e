import { loginResponseSchema, type LoginResponse } from '@concordia/contracts';
import { z } from 'zod';

/** The Web Lock the tabs of one browser take in turn to renew the session. */
export const REFRESH_LOCK = 'concordia-refresh';
const SESSION_CHANNEL = 'concordia-session';

export interface CoordinationTimes {
  /**
   * How long a tab that waited for another tab's renewal waits for that tab's session to reach it
   * (the lock and the message travel apart) before renewing the session itself.
   */
  settleMs: number;
  /**
   * How long a session another tab renewed is worth taking rather than renewing: tabs restored
   * together load a little apart, and the later ones ask just after the first has its session.
   * Far below an access token's life, so a session taken is never about to expire.
   */
  freshMs: number;
  now: () => number;
}

const DEFAULT_TIMES: CoordinationTimes = { settleMs: 250, freshMs: 10_000, now: () => Date.now() };

/** The part of the Web Locks API used here (navigator.locks). */
export interface RefreshLocks {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: object | null) => Promise<T>,
  ): Promise<T>;
}

/**
 * What the tabs of the browser tell each other: a session renewed (and when, by the clock they
 * share), the session ended, or a tab just opened that would take a fresh session.
 */
export const sessionNewsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('renewed'), session: loginResponseSchema, at: z.number() }),
  z.object({ kind: z.literal('signed-out') }),
  z.object({ kind: z.literal('hello') }),
]);
export type SessionNews = z.infer<typeof sessionNewsSchema>;

export interface SessionChannel {
  post: (news: SessionNews) => void;
  subscribe: (listener: (data: unknown) => void) => void;
}

export type Refresh = () => Promise<LoginResponse | null>;

export interface RefreshCoordinator {
  /** Renews the session with `refresh`, or takes the session another tab just renewed. */
  run: (refresh: Refresh) => Promise<LoginResponse | null>;
  /** The session ended in this tab: no tab may take the one it last renewed. */
  signedOut: () => void;
}

/** Where there is no Web Locks API: each tab renews its own session. */
export const uncoordinated: RefreshCoordinator = { run: (refresh) => refresh(), signedOut: () => undefined };

const BUSY = Symbol('another tab is renewing the session');

/**
 * The refresh cookie is the browser's, shared by its tabs, and the server rotates it at each
 * renewal: tabs restored together would each present it and cost the server a rotation each.
 * Tabs take turns under one lock instead, and a tab takes the session another tab renewed (it
 * arrives over the channel) when that one is fresh or was renewed while this tab waited its turn.
 * A tab that opens says so, and the others answer with a fresh session: tabs restored together
 * load a little apart, and the later ones would not have heard the first renew.
 */
export const coordinateRefresh = (
  locks: RefreshLocks | undefined,
  channel: SessionChannel | undefined,
  times: Partial<CoordinationTimes> = {},
): RefreshCoordinator => {
  if (!locks) return uncoordinated;
  const { settleMs, freshMs, now } = { ...DEFAULT_TIMES, ...times };
  // Sessions from other tabs are counted, so a tab can tell one renewed after it asked.
  let received = 0;
  // The newest session renewed by a tab, this one included (to answer tabs that open).
  let latest: { session: LoginResponse; at: number; mine: boolean } | null = null;
  const waiting = new Set<() => void>();
  const fresh = () => (latest && now() - latest.at < freshMs ? latest : null);
  channel?.subscribe((data) => {
    const news = sessionNewsSchema.safeParse(data).data;
    if (news?.kind === 'signed-out') latest = null;
    if (news?.kind === 'hello') {
      const answer = fresh();
      if (answer) channel.post({ kind: 'renewed', session: answer.session, at: answer.at });
    }
    if (news?.kind !== 'renewed' || (latest && latest.at >= news.at)) return;
    received += 1;
    latest = { session: news.session, at: news.at, mine: false };
    for (const wake of waiting) wake();
  });
  channel?.post({ kind: 'hello' });

  // Never this tab's own: it is the session it has, which it is renewing.
  const takeable = (asked: number): LoginResponse | null => {
    if (!latest || latest.mine) return null;
    return received > asked || now() - latest.at < freshMs ? latest.session : null;
  };
  // A session taken is then this tab's own: if it fails too, the tab renews rather than take it again.
  const take = (asked: number): LoginResponse | null => {
    const session = takeable(asked);
    if (session && latest) latest.mine = true;
    return session;
  };

  const renewedSince = (asked: number): Promise<LoginResponse | null> =>
    new Promise((resolve) => {
      if (takeable(asked) || !channel) {
        resolve(take(asked));
        return;
      }
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve(take(asked));
      };
      const timer = setTimeout(done, settleMs);
      waiting.add(done);
    });

  const renew = async (refresh: Refresh): Promise<LoginResponse | null> => {
    const session = await refresh();
    if (session) {
      latest = { session, at: now(), mine: true };
      channel?.post({ kind: 'renewed', session, at: latest.at });
    }
    return session;
  };

  return {
    run: async (refresh) => {
      const asked = received;
      const free = await locks.request<LoginResponse | null | typeof BUSY>(
        REFRESH_LOCK,
        { ifAvailable: true },
        (lock) => (lock ? Promise.resolve(take(asked) ?? renew(refresh)) : Promise.resolve(BUSY)),
      );
      if (free !== BUSY) return free;
      return locks.request(REFRESH_LOCK, {}, async () => (await renewedSince(asked)) ?? renew(refresh));
    },
    signedOut: () => {
      latest = null;
      channel?.post({ kind: 'signed-out' });
    },
  };
};

const browserChannel = (): SessionChannel | undefined => {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  return {
    post: (news) => channel.postMessage(news),
    subscribe: (listener) =>
      channel.addEventListener('message', (event: MessageEvent<unknown>) => listener(event.data)),
  };
};

/** The page's coordinator: Web Locks and BroadcastChannel where the browser has them. */
export const browserRefreshCoordinator = (): RefreshCoordinator => {
  // Absent outside secure contexts (plain http other than localhost), whatever the DOM types say.
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  return coordinateRefresh(locks, browserChannel());
};
