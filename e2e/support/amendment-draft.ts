import { randomUUID } from 'node:crypto';
import { describeSpan } from '@concordia/anchoring';
import type { Draft, DraftVersion, MembershipList, PublishVersionResponse, Round } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { webUrl } from './browser';
import { call, demoOf, signIn, tokenOf } from './session';

export const FIRST =
  'Participating States will exchange data on labour mobility once a year through the regional forum.';
export const SECOND = 'The secretariat will prepare a compilation of good practices before the next meeting.';
export const AMENDED =
  'Participating States will exchange data on labour mobility twice a year through the regional forum.';
export const SECOND_AMENDED = 'The secretariat will prepare a compilation of good practices within six months.';

/**
 * A draft of its own in the demo process (browser specs share the stack): a zero draft with two
 * paragraphs, an open round on it, and Mexico's amendments: one to each paragraph, accepted, and a
 * partly accepted one to the second.
 */
export const draftWithAcceptedAmendment = async () => {
  const secretariat = await tokenOf(demoOf('secretariat').email);
  const processes = await call<{ items: { id: string; title: string }[] }>('GET', '/processes', secretariat);
  const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!process) throw new Error('the demo process is missing');
  const members = await call<MembershipList>('GET', `/processes/${process.id}/members`, secretariat);
  const chair = members.items.find((m) => m.role === 'chair');
  const delegate = members.items.find((m) => m.userEmail === demoOf('delegate').email);
  if (!chair || !delegate?.delegationId) throw new Error('the demo process lacks a chair or a delegate');

  const draft = await call<Draft>('POST', `/processes/${process.id}/drafts`, secretariat, {
    title: `Amendments to apply ${Date.now()}`,
  });
  const operate = (version: DraftVersion, operation: object) =>
    call<DraftVersion>('POST', `/versions/${version.id}/operations`, secretariat, {
      revision: version.revision,
      operation,
    });
  let version = await call<DraftVersion>('GET', `/versions/${draft.versions[0]?.id ?? ''}`, secretariat);
  version = await operate(version, { type: 'add_section', afterSectionKey: null, heading: 'Cooperation' });
  const sectionKey = version.sections[0]?.key ?? '';
  version = await operate(version, { type: 'add_paragraph', sectionKey, afterKey: null, text: FIRST });
  const firstKey = version.sections[0]?.paragraphs[0]?.key ?? '';
  version = await operate(version, { type: 'add_paragraph', sectionKey, afterKey: firstKey, text: SECOND });
  const { published, working } = await call<PublishVersionResponse>(
    'POST',
    `/versions/${version.id}/publish`,
    secretariat,
    {
      revision: version.revision,
      label: 'Zero draft',
    },
  );

  const day = 86_400_000;
  const round = await call<Round>('POST', `/processes/${process.id}/rounds`, secretariat, {
    name: `Amendments round ${Date.now()}`,
    versionId: published.id,
    chairUserId: chair.userId,
    delegationIds: [delegate.delegationId],
    confidentiality: 'delegations',
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    timeZone: 'UTC',
  });
  await call('POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });

  const delegateToken = await tokenOf(demoOf('delegate').email);
  const secondKey = version.sections[0]?.paragraphs[1]?.key ?? '';
  const amend = async (key: string, text: string, words: string, by: string, disposition: string) => {
    const start = text.indexOf(words);
    const made = await call<{ id: string }>('POST', '/annotations', delegateToken, {
      clientId: randomUUID(),
      roundId: round.id,
      paragraphKey: key,
      selectors: describeSpan(text, start, start + words.length),
      kind: 'amendment',
      visibility: 'round',
      body: 'Yearly is too rare for labour data.',
      amendment: { operation: 'replace', text: by },
    });
    await call('PUT', `/annotations/${made.id}/disposition`, secretariat, {
      value: disposition,
      reason: 'Agreed at the regional meeting',
    });
    return made.id;
  };
  const amendmentId = await amend(firstKey, FIRST, 'once a year', 'twice a year', 'accepted');
  const secondAmendmentId = await amend(secondKey, SECOND, 'before the next meeting', 'within six months', 'accepted');
  // Partly accepted: left out of "Apply all accepted" unless the officer includes it.
  await amend(secondKey, SECOND, 'good practices', 'promising practices', 'partly_accepted');
  return {
    processId: process.id,
    draftId: draft.id,
    roundId: round.id,
    versionId: published.id,
    workingId: working.id,
    firstKey,
    secondKey,
    amendmentId,
    secondAmendmentId,
  };
};

/** Signs the secretariat in and opens the draft's working editor; answers it and its revision. */
export const openWorkingEditor = async (page: Page, s: { processId: string; draftId: string }) => {
  await signIn(page, demoOf('secretariat').email);
  await page.goto(`${webUrl()}/processes/${s.processId}/drafts/${s.draftId}`);
  await page.locator('[data-testid="edit-working"]').click();
  const editor = page.locator('[data-testid="working-editor"]');
  await editor.waitFor({ state: 'visible' });
  return { editor, revision: Number(await editor.getAttribute('data-revision')) };
};
