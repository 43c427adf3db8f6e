import { randomUUID } from 'node:crypto';
import type { Annotation, NotificationList } from '@concordia/contracts';
import type { Person } from '../../annotations/test/negotiation';
import type { TestApp } from '../../test/test-app';

/** Polls until the probe returns a value other than undefined, or fails naming what it waited for. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function comment(
  t: TestApp,
  who: Person,
  roundId: string,
  paragraphKey: string,
  body: string,
  visibility: 'round' | 'delegation' | 'secretariat' = 'round',
): Promise<Annotation> {
  const res = await t.http.post(
    '/api/annotations',
    { clientId: randomUUID(), roundId, paragraphKey, kind: 'comment', visibility, body },
    { token: who.token },
  );
  if (res.status !== 201) throw new Error(`comment failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Annotation;
}

export async function reply(t: TestApp, who: Person, annotationId: string, body: string): Promise<Annotation> {
  const res = await t.http.post(
    `/api/annotations/${annotationId}/replies`,
    { clientId: randomUUID(), body },
    { token: who.token },
  );
  if (res.status !== 201) throw new Error(`reply failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Annotation;
}

export async function notificationsOf(t: TestApp, who: Person): Promise<NotificationList> {
  const res = await t.http.get('/api/notifications?limit=50', { token: who.token });
  if (res.status !== 200) throw new Error(`notifications failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as NotificationList;
}

export async function emailOf(t: TestApp, who: Person): Promise<string> {
  const user = await t.models.users.findById(who.id, { email: 1 }).lean<{ email: string }>().exec();
  return user!.email;
}
