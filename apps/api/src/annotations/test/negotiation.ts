import { randomUUID } from 'node:crypto';
import { describeSpan } from '@concordia/anchoring';
import {
  type Annotation,
  type Draft,
  type DraftVersion,
  ErrorCode,
  type ProcessRole,
  type PublishVersionResponse,
  type Round,
  type SpanSelectors,
} from '@concordia/contracts';
import { inMs, pastDeadline, TOO_SLOW, withNotice } from '../../test/deadlines';
import { addMembership, createDelegation, createProcess, createUser, login } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';

export const TEXTS = [
  'States shall cooperate in good faith to protect the shared watercourses of the region.',
  'The rights of indigenous peoples are respected in all measures taken under this agreement.',
  'This paragraph is about to disappear from the next revision of the text.',
] as const;

export interface Delegation {
  id: string;
  code: string;
  name: string;
}

export interface Person {
  id: string;
  token: string;
}

/**
 * A process with three delegations (A and B take part in the round, C does not), people in
 * every role, a published zero draft of three paragraphs and an open round on it.
 */
export interface Negotiation {
  processId: string;
  draftId: string;
  published: DraftVersion;
  workingId: string;
  round: Round;
  a: Delegation;
  b: Delegation;
  c: Delegation;
  secretariat: Person;
  chair: Person;
  delegateA: Person;
  delegateA2: Person;
  headA: Person;
  headB: Person;
  delegateB: Person;
  delegateC: Person;
  observer: Person;
  /** The secretariat of another process. */
  outsider: Person;
}

export async function setUpNegotiation(t: TestApp, confidentiality = 'observers'): Promise<Negotiation> {
  const processId = await createProcess(t.models);
  const delegation = async (): Promise<Delegation> => {
    const id = await createDelegation(t.models);
    const d = (await t.models.delegations.findById(id).lean().exec())!;
    return { id, code: d.code, name: d.name };
  };
  const [a, b, c] = [await delegation(), await delegation(), await delegation()];
  const person = async (role: ProcessRole, delegationId: string | null = null, process = processId) => {
    const user = await createUser(t.models);
    await addMembership(t.models, process, user.id, role, delegationId);
    return { id: user.id, token: (await login(t.http, user.email)).token };
  };
  const secretariat = await person('secretariat');
  const chair = await person('chair');
  const people = {
    delegateA: await person('delegate', a.id),
    delegateA2: await person('delegate', a.id),
    headA: await person('head_of_delegation', a.id),
    headB: await person('head_of_delegation', b.id),
    delegateB: await person('delegate', b.id),
    delegateC: await person('delegate', c.id),
    observer: await person('observer'),
    outsider: await person('secretariat', null, await createProcess(t.models)),
  };

  const token = secretariat.token;
  const draft = (await t.http.post(`/api/processes/${processId}/drafts`, { title: 'Watercourses' }, { token }))
    .body as Draft;
  let version = (await t.http.get(`/api/versions/${draft.versions[0].id}`, { token })).body as DraftVersion;
  version = (
    await t.http.post(
      `/api/versions/${version.id}/operations`,
      { revision: 0, operation: { type: 'add_section', afterSectionKey: null, heading: 'I. Principles' } },
      { token },
    )
  ).body as DraftVersion;
  for (const text of TEXTS) {
    const afterKey = version.sections[0].paragraphs.at(-1)?.key ?? null;
    version = (
      await t.http.post(
        `/api/versions/${version.id}/operations`,
        {
          revision: version.revision,
          operation: { type: 'add_paragraph', sectionKey: version.sections[0].key, afterKey, text },
        },
        { token },
      )
    ).body as DraftVersion;
  }
  const publish = await t.http.post(
    `/api/versions/${version.id}/publish`,
    { revision: version.revision, label: 'Zero draft' },
    { token },
  );
  if (publish.status !== 200) throw new Error(`publish failed: ${JSON.stringify(publish.body)}`);
  const { published, working } = publish.body as PublishVersionResponse;
  const round = await openRound(
    t,
    processId,
    published.id,
    chair.id,
    [a.id, b.id],
    token,
    'First reading',
    confidentiality,
  );
  return {
    processId,
    draftId: draft.id,
    published,
    workingId: working.id,
    round,
    a,
    b,
    c,
    secretariat,
    chair,
    ...people,
  };
}

export async function openRound(
  t: TestApp,
  processId: string,
  versionId: string,
  chairUserId: string,
  delegationIds: string[],
  token: string,
  name: string,
  confidentiality = 'observers',
  open = true,
): Promise<Round> {
  const created = await t.http.post(
    `/api/processes/${processId}/rounds`,
    {
      name,
      versionId,
      chairUserId,
      delegationIds,
      confidentiality,
      ...negotiationWindow(),
      timeZone: 'UTC',
    },
    { token },
  );
  if (created.status !== 201) throw new Error(`round failed: ${JSON.stringify(created.body)}`);
  const round = created.body as Round;
  if (!open) return round;
  const opened = await t.http.post(`/api/rounds/${round.id}/status`, { status: 'open' }, { token });
  if (opened.status !== 200) throw new Error(`open failed: ${JSON.stringify(opened.body)}`);
  return opened.body as Round;
}

/**
 * Open since yesterday and until 18:00 UTC thirty days from now: a round opens only with its
 * closing time ahead, and a whole hour lets the texts that name it be written in a spec.
 */
export function negotiationWindow(): { opensAt: string; closesAt: string } {
  const day = 86_400_000;
  const closesAt = new Date(Date.now() + 30 * day);
  closesAt.setUTCHours(18, 0, 0, 0);
  return { opensAt: new Date(Date.now() - day).toISOString(), closesAt: closesAt.toISOString() };
}

/**
 * Moves the round's closing time a few seconds ahead (more on a slow machine) and waits until it
 * has passed: the round is still marked open, as until the worker closes it.
 */
export const lapseClosingTime = (t: TestApp, roundId: string, token: string): Promise<Round> =>
  withNotice(async (notice) => {
    const res = await t.http.put(`/api/rounds/${roundId}/closes-at`, { closesAt: inMs(notice) }, { token });
    if (res.status === 400 && (res.body as { code?: string }).code === ErrorCode.RoundClosingTimePast) return TOO_SLOW;
    if (res.status !== 200) throw new Error(`closing time not moved: ${JSON.stringify(res.body)}`);
    const moved = res.body as Round;
    await pastDeadline(moved.closesAt);
    return moved;
  }, 1_000);

/** A chair of the process who does not chair its round: the token of someone refused the chair's actions. */
export async function otherChairToken(t: TestApp, processId: string): Promise<string> {
  const chair = await createUser(t.models);
  await addMembership(t.models, processId, chair.id, 'chair');
  return (await login(t.http, chair.email)).token;
}

/**
 * Posts an annotation on a paragraph of the round (a round-visible comment unless `fields` says
 * otherwise) and expects it created.
 */
export async function postAnnotation(
  t: TestApp,
  who: Person,
  at: { roundId: string; paragraphKey: string | undefined },
  fields: Record<string, unknown>,
): Promise<Annotation> {
  const res = await t.http.post(
    '/api/annotations',
    { clientId: randomUUID(), ...at, kind: 'comment', visibility: 'round', ...fields },
    { token: who.token },
  );
  expect(res.status).toBe(201);
  return res.body as Annotation;
}

/** The selectors a reader's selection of `quote` in the negotiation's paragraph `index` yields. */
export function spanIn(index: number, quote: string): SpanSelectors {
  const start = TEXTS[index].indexOf(quote);
  return describeSpan(TEXTS[index], start, start + quote.length);
}

/** Posts an amendment on a paragraph of the round (`extra` adds selectors, visibility…). */
export const postAmendment = (
  t: TestApp,
  who: Person,
  at: { roundId: string; paragraphKey: string | undefined },
  amendment: object,
  extra: object = {},
): Promise<Annotation> => postAnnotation(t, who, at, { kind: 'amendment', body: '', amendment, ...extra });

/** Replies to a thread and expects the reply created. */
export async function postReply(
  t: TestApp,
  who: Person,
  to: Pick<Annotation, 'id'>,
  body: string,
): Promise<Annotation> {
  const res = await t.http.post(
    `/api/annotations/${to.id}/replies`,
    { clientId: randomUUID(), body },
    { token: who.token },
  );
  expect(res.status).toBe(201);
  return res.body as Annotation;
}
