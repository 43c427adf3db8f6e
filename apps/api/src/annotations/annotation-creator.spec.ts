import type { Annotation } from '@concordia/contracts';
import type { AnnotationRecord, RoundRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { AccessSpeculation } from '../auth/access-speculation.service';
import type { ProcessAccess } from '../authz/process-access.service';
import type { Outbox } from '../notifications/outbox.service';
import { AnnotationCreator } from './annotation-creator.service';
import type { AnnotationEvents } from './annotation-events.service';
import type { AnnotationReader } from './annotation-reader.service';
import type { AnnotationWriter, Inserted, NewAnnotation } from './annotation-writer.service';
import type { ClientIdSightings } from './client-id-sightings.service';

/** What happened, in order: the creator's promise to readers is in the order of these steps. */
type Step = 'announced' | 'stored' | 'sent' | 'retracted';

const id = () => new Types.ObjectId();
const document = {
  ...{ _id: id(), processId: id(), roundId: id(), draftId: id(), versionId: id(), authorId: id(), clientId: 'c-1' },
  ...{ authorName: 'Rosa', parentId: null, mentions: [], paragraphKey: 'p-3', body: 'A firmer verb.' },
} as unknown as AnnotationRecord;
const annotation = { id: document._id.toHexString() } as Annotation;

/** `firstPosting`: whether the clientId is new to Redis (false: a retry, or Redis could not say). */
function creatorWith(store: () => Promise<Inserted>, firstPosting = true) {
  const steps: Step[] = [];
  const writer = {
    prepare: () => Promise.resolve(document),
    store: async () => {
      const result = await store();
      steps.push('stored');
      return result;
    },
  } as unknown as AnnotationWriter;
  const reader = { fresh: () => annotation, one: () => Promise.resolve(annotation) } as unknown as AnnotationReader;
  const events = {
    announceCreated: () => {
      steps.push('announced');
      return {
        send: () => Promise.resolve(void steps.push('sent')),
        retract: () => Promise.resolve(void steps.push('retracted')),
      };
    },
  } as unknown as AnnotationEvents;
  const outbox = { stage: () => Promise.resolve(false), committed: () => undefined } as unknown as Outbox;
  const speculation = { confirmBeforeWriting: () => Promise.resolve() } as unknown as AccessSpeculation;
  const sightings = { first: () => Promise.resolve(firstPosting) } as unknown as ClientIdSightings;
  const creator = new AnnotationCreator(writer, reader, events, outbox, speculation, sightings);
  const create = () =>
    creator.create(
      { process: { title: 'Meridian' } } as ProcessAccess,
      {} as RoundRecord,
      null,
      {} as NewAnnotation,
      '3.',
    );
  return { steps, create };
}

describe('AnnotationCreator', () => {
  it('sends a first posting while its insert is on its way, and answers once it is stored', async () => {
    let release: (value: Inserted) => void = () => undefined;
    const { steps, create } = creatorWith(() => new Promise<Inserted>((resolve) => (release = resolve)));
    let answered = false;
    const creating = create().then((result) => {
      answered = true;
      return result;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['announced', 'sent']);
    expect(answered).toBe(false);
    release({ record: document, created: true });
    await expect(creating).resolves.toMatchObject({ created: true, annotation });
    expect(steps).toEqual(['announced', 'sent', 'stored']);
  });

  it('sends a clientId seen before only once its insert proves it new', async () => {
    let release: (value: Inserted) => void = () => undefined;
    const { steps, create } = creatorWith(() => new Promise<Inserted>((resolve) => (release = resolve)), false);
    const creating = create();
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['announced']);
    release({ record: document, created: true });
    await expect(creating).resolves.toMatchObject({ created: true, annotation });
    expect(steps).toEqual(['announced', 'stored', 'sent']);
  });

  it('takes the event back and fails when the insert fails', async () => {
    const { steps, create } = creatorWith(() => Promise.reject(new Error('database unreachable')));
    await expect(create()).rejects.toThrow('database unreachable');
    expect(steps).toEqual(['announced', 'sent', 'retracted']);
  });

  it('takes the event back when the insert was a retry of a stored annotation', async () => {
    const first = { ...document, _id: new Types.ObjectId() };
    const { steps, create } = creatorWith(() => Promise.resolve({ record: first, created: false }), false);
    await expect(create()).resolves.toMatchObject({ created: false, record: first });
    expect(steps).toEqual(['announced', 'stored', 'retracted']);
  });
});
