/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { Annotation, Me } from '@concordia/contracts';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { renderInLanguage } from '../testing/render-in-language';
import { testAnnotation, testMe } from '../testing/fixtures';
import type { Thread } from './annotation-rules';
import { ThreadCard } from './thread-card';

const ROUND = 'e'.repeat(24);
const me = testMe();
const annotation = (extra: Partial<Annotation> = {}): Annotation => testAnnotation({ roundId: ROUND, ...extra });

const onChanged = () => undefined;
const onTyping = () => undefined;
/** Set by the holder: gives the card its thread as the reading page does after a change. */
let showThread: (thread: Thread) => void = () => undefined;
const Holder = ({ initial, reader = me }: { initial: Thread; reader?: Me }) => {
  const [thread, setThread] = useState(initial);
  showThread = setThread;
  return (
    <MemoryRouter>
      <ThreadCard
        thread={thread}
        me={reader}
        paragraphText="States cooperate on return."
        roundId={ROUND}
        open
        highlighted={false}
        onChanged={onChanged}
        onTyping={onTyping}
      />
    </MemoryRouter>
  );
};
const show = (thread: Thread) => act(() => showThread(thread));

// The card is drawn again only when its thread changes: what arrives in its thread still shows.
describe('a thread card kept current by the live list', () => {
  it('shows a reply that arrives, and the first annotation as edited', async () => {
    const root = annotation({ body: 'Why return?' });
    const first = annotation({ parentId: root.id, body: 'Because of readmission.' });
    await renderInLanguage('en', <Holder initial={{ root, replies: [first] }} />);
    expect(screen.getByText('Why return?')).toBeTruthy();

    const second = annotation({ parentId: root.id, body: 'And of the costs.' });
    show({ root, replies: [first, second] });
    expect(screen.getByText('And of the costs.')).toBeTruthy();

    const edited = { ...root, body: 'Why return only?', editedAt: '2025-05-05T11:00:00.000Z' };
    show({ root: edited, replies: [first, second] });
    expect(screen.getByText('Why return only?')).toBeTruthy();
    expect(screen.queryByText('Why return?')).toBeNull();

    const reworded = { ...second, body: 'And of what it costs.' };
    show({ root: edited, replies: [first, reworded] });
    expect(screen.getByText('And of what it costs.')).toBeTruthy();
  });
});

describe("a thread card's disposition, for the secretariat", () => {
  const secretariat = testMe(
    [],
    [{ processId: 'd'.repeat(24), processTitle: 'P', role: 'secretariat', delegationId: null, delegationName: null }],
  );
  const disposition = {
    value: 'not_retained' as const,
    reason: 'Answered in the plenary.',
    byUserId: 'a'.repeat(24),
    byName: 'Secretariat',
    at: '2025-05-05T12:00:00.000Z',
  };

  it('offers to record one on a comment, and only shows the one a question got before', async () => {
    const comment = annotation({ body: 'Say it more firmly.' });
    const view = await renderInLanguage('en', <Holder initial={{ root: comment, replies: [] }} reader={secretariat} />);
    expect(screen.queryByTestId('disposition-open')).not.toBeNull();
    view.unmount();

    const question = annotation({ kind: 'question', body: 'Why three years?', disposition });
    await renderInLanguage('en', <Holder initial={{ root: question, replies: [] }} reader={secretariat} />);
    expect(screen.getByTestId('disposition').textContent).toContain('Answered in the plenary.');
    expect(screen.queryByTestId('disposition-open')).toBeNull();
  });

  it('offers to change the disposition an amendment already has, not to record one', async () => {
    const amendment = annotation({
      kind: 'amendment',
      body: 'Add indigenous peoples.',
      amendment: { operation: 'replace', text: 'older persons, indigenous peoples' },
    });
    const view = await renderInLanguage(
      'fr',
      <Holder initial={{ root: amendment, replies: [] }} reader={secretariat} />,
    );
    expect(screen.getByTestId('disposition-open').textContent).toBe('Consigner la suite donnée');
    view.unmount();

    const disposed = { ...amendment, disposition: { ...disposition, value: 'accepted' as const } };
    await renderInLanguage('fr', <Holder initial={{ root: disposed, replies: [] }} reader={secretariat} />);
    expect(screen.getByTestId('disposition-open').textContent).toBe('Modifier la suite donnée');
  });
});
