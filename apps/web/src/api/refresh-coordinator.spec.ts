import type { LoginResponse } from '@concordia/contracts';
import { testMe } from '../testing/fixtures';
import { coordinateRefresh, REFRESH_LOCK, type RefreshLocks, type SessionChannel } from './refresh-coordinator';

const session = (accessToken: string): LoginResponse => ({ accessToken, expiresIn: 900, me: testMe() });

/** One browser's Web Locks: a lock held by one tab at a time, the others queued in order. */
const fakeLocks = (): RefreshLocks & { names: string[] } => {
  let tail: Promise<unknown> = Promise.resolve();
  let taken = 0; // held or queued for
  const names: string[] = [];
  return {
    names,
    request: <T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: object | null) => Promise<T>) => {
      names.push(name);
      if (options.ifAvailable && taken > 0) return callback(null);
      taken += 1;
      const run = tail.then(() => callback({})).finally(() => (taken -= 1));
      tail = run.catch(() => undefined);
      return run;
    },
  };
};

/**
 * One browser's BroadcastChannel: a message reaches every other tab later, after `delayMs`, or
 * (0) once the code running now is done, so that waiting a timer's turn sees it delivered.
 */
const fakeChannels = (delayMs = 0) => {
  const listeners: Array<{ tab: number; listener: (data: unknown) => void }> = [];
  return (tab: number): SessionChannel => ({
    post: (message) => {
      const data: unknown = JSON.parse(JSON.stringify(message));
      for (const other of listeners.filter((l) => l.tab !== tab)) {
        const deliver = () => other.listener(data);
        if (delayMs > 0) setTimeout(deliver, delayMs);
        else queueMicrotask(deliver);
      }
    },
    subscribe: (listener) => listeners.push({ tab, listener }),
  });
};

/** Every message posted so far has reached the other tabs (and their answers too). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The server's refresh: counts the rotations, answers after a while. */
const fakeRefresh = () => {
  let count = 0;
  const refresh = async (): Promise<LoginResponse | null> => {
    count += 1;
    const token = `token-${count}`;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return session(token);
  };
  return { refresh, count: () => count };
};

describe('tabs renewing the session together', () => {
  it('renew it once when restored at the same time: the others take the session the first renewed', async () => {
    const locks = fakeLocks();
    const channelOf = fakeChannels();
    const tabs = [0, 1, 2].map((tab) => coordinateRefresh(locks, channelOf(tab)));
    const server = fakeRefresh();

    const sessions = await Promise.all(tabs.map((tab) => tab.run(server.refresh)));

    expect(server.count()).toBe(1);
    expect(sessions.map((s) => s?.accessToken)).toEqual(['token-1', 'token-1', 'token-1']);
    expect(new Set(locks.names)).toEqual(new Set([REFRESH_LOCK]));
  });

  it('take the session even when it arrives a little after the lock is free', async () => {
    const channelOf = fakeChannels(60);
    const locks = fakeLocks();
    const [first, second] = [0, 1].map((tab) => coordinateRefresh(locks, channelOf(tab), { settleMs: 250 }));
    const server = fakeRefresh();

    const sessions = await Promise.all([first, second].map((tab) => tab?.run(server.refresh)));

    expect(server.count()).toBe(1);
    expect(sessions.map((s) => s?.accessToken)).toEqual(['token-1', 'token-1']);
  });

  it('renew it again when the one waited for never arrives (no channel, or the other tab failed)', async () => {
    const locks = fakeLocks();
    const [first, second] = [0, 1].map(() => coordinateRefresh(locks, undefined, { settleMs: 10 }));
    const server = fakeRefresh();
    const sessions = await Promise.all([first, second].map((tab) => tab?.run(server.refresh)));
    expect(sessions.map((s) => s?.accessToken)).toEqual(['token-1', 'token-2']);

    const channelOf = fakeChannels();
    const [failing, waiting] = [0, 1].map((tab) => coordinateRefresh(locks, channelOf(tab), { settleMs: 10 }));
    const failed = failing?.run(() => Promise.reject(new Error('network')));
    const renewed = waiting?.run(server.refresh);
    await expect(failed).rejects.toThrow('network');
    await expect(renewed).resolves.toMatchObject({ accessToken: 'token-3' });
  });

  it('take a session another tab renewed a moment before, as tabs loading a little apart ask', async () => {
    let clock = 0;
    const times = { settleMs: 10, freshMs: 10_000, now: () => clock };
    const locks = fakeLocks();
    const channelOf = fakeChannels();
    const [early, late] = [0, 1].map((tab) => coordinateRefresh(locks, channelOf(tab), times));
    const server = fakeRefresh();
    await early?.run(server.refresh);
    await delivered();

    clock += 2_000;
    await expect(late?.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-1' });
    // Long after, the session may be the very one that expired: the tab renews its own.
    clock += 10_000;
    await expect(late?.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-2' });
    expect(server.count()).toBe(2);
  });

  it('hand a fresh session to a tab that opens after it was renewed, but never take back their own', async () => {
    const locks = fakeLocks();
    const channelOf = fakeChannels();
    const first = coordinateRefresh(locks, channelOf(0), { settleMs: 10 });
    const server = fakeRefresh();
    await first.run(server.refresh);

    const opened = coordinateRefresh(locks, channelOf(1), { settleMs: 10 });
    await delivered();
    await expect(opened.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-1' });
    // Asked again, a tab renews: the session it has, taken or renewed, is the one being replaced.
    await expect(opened.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-2' });
    await delivered();
    await expect(first.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-2' });
    await expect(first.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-3' });
  });

  it('do not take a session renewed before another tab signed out', async () => {
    const locks = fakeLocks();
    const channelOf = fakeChannels();
    const [first, second, third] = [0, 1, 2].map((tab) => coordinateRefresh(locks, channelOf(tab), { settleMs: 10 }));
    const server = fakeRefresh();
    await first?.run(server.refresh);
    second?.signedOut();
    await delivered();

    await expect(third?.run(server.refresh)).resolves.toMatchObject({ accessToken: 'token-2' });
  });

  it('renews in each tab where the browser has no Web Locks', async () => {
    const channelOf = fakeChannels();
    const tabs = [0, 1].map((tab) => coordinateRefresh(undefined, channelOf(tab)));
    const server = fakeRefresh();
    const sessions = await Promise.all(tabs.map((tab) => tab.run(server.refresh)));
    expect(sessions.map((s) => s?.accessToken)).toEqual(['token-1', 'token-2']);
  });
});
