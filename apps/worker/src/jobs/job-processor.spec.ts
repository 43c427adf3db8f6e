import { type Job, UnrecoverableError } from 'bullmq';
import pino from 'pino';
import { z } from 'zod';
import type { AnyJobHandler } from './job-handler';
import { createJobProcessor } from './job-processor';

const schemas = { greet: z.strictObject({ name: z.string().min(1) }) };
const fakeJob = (name: string, data: unknown): Job => ({ name, data, id: '1', attemptsMade: 0 }) as unknown as Job;

describe('createJobProcessor', () => {
  const received: unknown[] = [];
  const handler: AnyJobHandler = {
    handle: (payload) => {
      received.push(payload);
      return Promise.resolve('done');
    },
  };
  const process = createJobProcessor('mail', schemas, new Map([['greet', handler]]), pino({ level: 'silent' }));

  beforeEach(() => (received.length = 0));

  it('passes the parsed payload to the handler and returns its result', async () => {
    await expect(process(fakeJob('greet', { name: 'Ana' }))).resolves.toBe('done');
    expect(received).toEqual([{ name: 'Ana' }]);
  });

  it('fails an invalid payload without retry and without calling the handler', async () => {
    const outcome = process(fakeJob('greet', { name: '', extra: true }));
    await expect(outcome).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(process(fakeJob('greet', { name: '' }))).rejects.toThrow(
      /invalid payload for job "mail\/greet".*name/,
    );
    expect(received).toEqual([]);
  });

  it('fails an unknown job name without retry', async () => {
    await expect(process(fakeJob('toString', {}))).rejects.toThrow(UnrecoverableError);
    await expect(process(fakeJob('shout', {}))).rejects.toThrow('unknown job "shout" on queue "mail"');
  });

  it('lets a handler error through so BullMQ retries it', async () => {
    const failing = createJobProcessor(
      'mail',
      schemas,
      new Map([['greet', { handle: () => Promise.reject(new Error('smtp down')) }]]),
      pino({ level: 'silent' }),
    );
    const outcome = failing(fakeJob('greet', { name: 'Ana' }));
    await expect(outcome).rejects.toThrow('smtp down');
    await expect(outcome).rejects.not.toBeInstanceOf(UnrecoverableError);
  });
});
