import { join } from 'node:path';
import type { Annotation, Draft, DraftVersion, Round } from '@concordia/contracts';
import { pagesForSpec, webUrl } from './support/browser';
import { draftWithZeroDraft, publishWorking } from './support/import-draft';
import { eventually } from './support/notices';
import { call, demoOf, openRoundLike, signIn, tokenOf, waitLive } from './support/session';

const ZERO = [
  '# Focal points',
  '1. Each participating State names a focal point for labour mobility before the first regional meeting.',
  '2. Focal points meet online between regional meetings when two or more of them ask for it.',
].join('\n\n');
const CARRIED = 'Could the focal point be named by a ministry rather than by the State as a whole?';

/** A round on `versionId` like the demo round (its chair, window, delegations with members), opened. */
const openRoundOn = async (processId: string, versionId: string, name: string, token: string): Promise<Round> => {
  const rounds = await call<{ items: Round[] }>('GET', `/processes/${processId}/rounds`, token);
  const demo = rounds.items.find((r) => r.name === 'First regional consultation');
  if (!demo) throw new Error('the demo round is missing');
  return openRoundLike(demo, versionId, name, token);
};

const publishedVersion = async (draftId: string, label: string, token: string): Promise<string> => {
  const draft = await call<Draft>('GET', `/drafts/${draftId}`, token);
  const version = draft.versions.find((v) => v.label === label && v.status === 'published');
  if (!version) throw new Error(`the draft has no published ${label}`);
  return version.id;
};

describe('a thread carried into the next round', () => {
  const pages = pagesForSpec();

  it('is read in the new round with its mark, and taken up by commenting anew, not by replies the old round would refuse', async () => {
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const delegate = await tokenOf(demoOf('delegate').email);
    const { processId, draftId } = await draftWithZeroDraft(secretariat, `Carried threads ${Date.now()}`, ZERO);
    const zeroId = await publishedVersion(draftId, 'Zero draft', secretariat);

    // First round: the delegate asks a question on the first paragraph; the round then closes.
    const first = await openRoundOn(processId, zeroId, 'First reading', secretariat);
    const zero = await call<DraftVersion>('GET', `/versions/${zeroId}`, secretariat);
    const paragraphKey = zero.sections[0]?.paragraphs[0]?.key;
    if (!paragraphKey) throw new Error('the zero draft has no first paragraph');
    const question = await call<Annotation>('POST', '/annotations', delegate, {
      clientId: crypto.randomUUID(),
      roundId: first.id,
      paragraphKey,
      kind: 'question',
      visibility: 'round',
      body: CARRIED,
    });

    // Rev.1 is published and read in a second round; the first one is closed.
    await publishWorking(draftId, secretariat, 'Rev.1');
    const rev1Id = await publishedVersion(draftId, 'Rev.1', secretariat);
    await call('POST', `/rounds/${first.id}/status`, secretariat, { status: 'closed' });
    const second = await openRoundOn(processId, rev1Id, 'Second reading', secretariat);
    await eventually('the question carried into Rev.1', async () => {
      const list = await call<{ items: Annotation[] }>('GET', `/rounds/${second.id}/annotations`, delegate);
      return list.items.some((a) => a.id === question.id) ? true : undefined;
    });
    // What the page would be refused if it offered a reply there.
    const refused = await fetch(`${webUrl()}/api/annotations/${question.id}/replies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${delegate}` },
      body: JSON.stringify({ clientId: crypto.randomUUID(), body: 'Following up in the second reading.' }),
    });
    expect(refused.status).toBe(409);

    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await page.goto(`${webUrl()}/processes/${processId}/drafts/${draftId}?version=${rev1Id}&round=${second.id}`);
    await waitLive(page);
    const paragraph = page.locator(`[data-testid="paragraph"][data-key="${paragraphKey}"]`);
    await paragraph.locator('[data-testid="annotation-count"][data-count="1"]').click();
    const thread = page.locator(`#thread-${question.id}`);
    await thread.waitFor({ state: 'visible' });
    expect(await thread.locator('[data-testid="from-other-round"]').textContent()).toBe('From another round');
    expect(await thread.locator('[data-testid="from-other-round-hint"]').textContent()).toContain(
      'comment on the paragraph',
    );
    // Neither a reply box nor the author's edit or withdrawal, which the closed round would refuse.
    expect(await thread.locator('[data-testid="reply-body"]').count()).toBe(0);
    expect(await thread.locator('[data-testid="withdraw"]').count()).toBe(0);
    expect(await thread.locator('[data-testid="edit"]').count()).toBe(0);
    // Taking it up in this round is a new comment on the paragraph.
    await page.locator('[data-testid="comment-paragraph"]').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(__dirname, '..', 'test-results', 'carried-thread.png') });
  });
});
