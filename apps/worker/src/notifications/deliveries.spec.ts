import type { Models } from '@concordia/dal';
import pino from 'pino';
import { type Claim, Deliveries } from './deliveries';

type Doc = { _id: string } & Record<string, unknown>;

/** An in-memory stand-in for one collection: unique `_id`, unordered inserts like the driver's. */
class FakeCollection {
  readonly docs = new Map<string, Doc>();
  readonly inserts: Doc[][] = [];
  /** When set, the next insert waits for this promise (and fails if it rejects). */
  gate: Promise<void> | null = null;

  readonly collection = {
    insertMany: async (docs: Doc[]) => {
      this.inserts.push(docs);
      const gate = this.gate;
      this.gate = null;
      if (gate) await gate;
      let duplicate = false;
      for (const doc of docs) {
        if (this.docs.has(doc._id)) duplicate = true;
        else this.docs.set(doc._id, { ...doc });
      }
      if (duplicate) throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
    },
  };

  find(filter: { _id: { $in: string[] }; state?: string }) {
    const found = filter._id.$in
      .map((id) => this.docs.get(id))
      .filter((d): d is Doc => d !== undefined && (filter.state === undefined || d['state'] === filter.state));
    return { lean: () => ({ exec: () => Promise.resolve(found.map((d) => ({ ...d }))) }) };
  }

  updateOne(filter: { _id: string }, update: { $set: Record<string, unknown> }) {
    const doc = this.docs.get(filter._id);
    if (doc) Object.assign(doc, update.$set);
    return { exec: () => Promise.resolve() };
  }
}

function setup() {
  const claims = new FakeCollection();
  const deliveries = new FakeCollection();
  const models = { notificationClaims: claims, notificationDeliveries: deliveries } as unknown as Models;
  return { claims, deliveries, subject: new Deliveries(models, pino({ level: 'silent' })) };
}

function deferred() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const settled = <T>(promise: Promise<T>) => {
  const state = { done: false };
  void promise.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
};

describe('Deliveries', () => {
  it('stores the messages accepted while a delivery insert is on its way together, in the next insert', async () => {
    const { deliveries, subject } = setup();
    const claims = await subject.claimMany(['a', 'b', 'c', 'd'].map((key) => ({ key, userId: `user-${key}` })));
    const first = deferred();
    deliveries.gate = first.promise;

    const a = subject.recordSent(claims[0]);
    const aState = settled(a);
    const rest = claims.slice(1).map((claim) => subject.recordSent(claim));
    await new Promise((resolve) => setImmediate(resolve));
    // Nothing is reported stored before its insert is done.
    expect(aState.done).toBe(false);
    expect(deliveries.inserts.map((group) => group.map((d) => d._id))).toEqual([['a']]);

    first.open();
    await Promise.all([a, ...rest]);
    expect(deliveries.inserts.map((group) => group.map((d) => d._id))).toEqual([['a'], ['b', 'c', 'd']]);
    expect([...deliveries.docs.values()].every((d) => d['state'] === 'sent' && d['attempts'] === 1)).toBe(true);
  });

  it('fails the emails of a group whose insert failed, and writes the next group', async () => {
    const { deliveries, subject } = setup();
    const [a, b] = await subject.claimMany(['a', 'b'].map((key) => ({ key, userId: 'u' })));
    const first = deferred();
    deliveries.gate = first.promise;
    const lost = subject.recordSent(a);
    first.fail(new Error('database unavailable'));
    await expect(lost).rejects.toThrow('database unavailable');

    await expect(subject.recordSent(b)).resolves.toBeUndefined();
    expect([...deliveries.docs.keys()]).toEqual(['b']);
  });

  it('sends again, as a further attempt, only what an earlier attempt claimed and did not deliver', async () => {
    const { subject } = setup();
    const earlier = await subject.claimMany(['sent', 'lost'].map((key) => ({ key, userId: `user-${key}` })));
    await subject.recordSent(earlier[0]);
    await new Promise((resolve) => setTimeout(resolve, 2)); // a later attempt has a later claim time

    const retry = await subject.claimMany(['sent', 'lost', 'new'].map((key) => ({ key, userId: `user-${key}` })));
    const summary = (c: Claim) => ({ key: c.key, send: c.send, attempts: c.attempts });
    expect(retry.map(summary)).toEqual([
      { key: 'sent', send: false, attempts: 0 },
      { key: 'lost', send: true, attempts: 2 },
      { key: 'new', send: true, attempts: 1 },
    ]);
    expect(retry[1].messageId).toBe(earlier[1].messageId);
  });

  it('sends a single email once, however often it is asked', async () => {
    const { subject } = setup();
    const sent: string[] = [];
    const send = (messageId: string) => {
      sent.push(messageId);
      return Promise.resolve();
    };
    await expect(subject.once('digest-1', 'u', send)).resolves.toBe('sent');
    await expect(subject.once('digest-1', 'u', send)).resolves.toBe('already-sent');
    expect(sent).toHaveLength(1);
  });
});
