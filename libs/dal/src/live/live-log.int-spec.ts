import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RoundLiveLog } from './live-log';

/**
 * Catching up from the shared log while API processes of two releases run side by side (a
 * rolling deploy): an event only the newer release knows must not fail the older one's join.
 */
describe('RoundLiveLog catch-up', () => {
  const prefix = `${process.env.CONCORDIA_IT_REDIS_PREFIX ?? 'concordia_it'}_livelog_${randomBytes(4).toString('hex')}`;
  const stream = 'round:0123456789abcdef01234567';
  let redis: Redis;
  let log: RoundLiveLog;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    log = new RoundLiveLog(redis, prefix);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('replays known events in order, and answers a reset at an event it cannot read', async () => {
    await log.append([stream], { type: 'round.status', status: 'open' });
    await log.append([stream], { type: 'round.status', status: 'closed' });

    const replay = await log.since(stream, 0);
    expect(replay).toMatchObject({ kind: 'events', current: 2 });
    expect(replay.kind === 'events' && replay.events.map((e) => [e.seq, e.event])).toEqual([
      [1, { type: 'round.status', status: 'open' }],
      [2, { type: 'round.status', status: 'closed' }],
    ]);

    // What a newer release would append: the same script's numbering, an event type unknown here.
    const seq = await redis.incr(`${prefix}:live:seq:${stream}`);
    await redis.xadd(
      `${prefix}:live:log:${stream}`,
      `${seq}-0`,
      'at',
      new Date().toISOString(),
      'event',
      JSON.stringify({ type: 'annotation.pinned', annotationId: 'x' }),
    );
    await log.append([stream], { type: 'round.status', status: 'open' });

    await expect(log.since(stream, 1)).resolves.toEqual({ kind: 'reset', current: 4 });
    // A reader already past the unknown event catches up as usual.
    const after = await log.since(stream, 3);
    expect(after.kind === 'events' && after.events.map((e) => e.seq)).toEqual([4]);
  });
});
