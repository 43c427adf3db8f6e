import type { DraftVersion, ImportJob } from '@concordia/contracts';
import { webUrl } from './browser';
import { call } from './session';

/** The draft's working version as it stands (id and revision, to publish it). */
const workingOf = async (draftId: string, token: string): Promise<DraftVersion> => {
  const draft = await call<{ versions: { id: string; status: string }[] }>('GET', `/drafts/${draftId}`, token);
  const working = draft.versions.find((v) => v.status === 'working');
  if (!working) throw new Error(`draft ${draftId} has no working version`);
  return call<DraftVersion>('GET', `/versions/${working.id}`, token);
};

/** Publishes the working version as it is, unchanged or not: what makes an import's matching stale. */
export const publishWorking = async (draftId: string, token: string, label: string): Promise<void> => {
  const working = await workingOf(draftId, token);
  await call('POST', `/versions/${working.id}/publish`, token, {
    revision: working.revision,
    label,
    allowUnchanged: true,
  });
};

/** Uploads a Markdown text through the API and waits for the worker's preview. */
export const importReady = async (draftId: string, token: string, name: string, text: string): Promise<ImportJob> => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/markdown' }), name);
  const response = await fetch(`${webUrl()}/api/drafts/${draftId}/imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 202) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await call<ImportJob>('GET', `/imports/${id}`, token);
    if (job.status === 'ready') return job;
    if (!['queued', 'parsing', 'matching'].includes(job.status)) throw new Error(`import ${id} ${job.status}`);
    if (Date.now() > deadline) throw new Error(`import ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/** A new draft of the demo process whose zero draft (the text given) is published. */
export const draftWithZeroDraft = async (
  token: string,
  title: string,
  text: string,
): Promise<{ processId: string; draftId: string }> => {
  const processes = await call<{ items: { id: string; title: string }[] }>('GET', '/processes', token);
  const meridian = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!meridian) throw new Error('the demo process is missing');
  const draft = await call<{ id: string }>('POST', `/processes/${meridian.id}/drafts`, token, { title });
  const zero = await importReady(draft.id, token, 'zero-draft.md', text);
  await call('POST', `/imports/${zero.id}/accept`, token, {});
  await publishWorking(draft.id, token, 'Zero draft');
  return { processId: meridian.id, draftId: draft.id };
};
