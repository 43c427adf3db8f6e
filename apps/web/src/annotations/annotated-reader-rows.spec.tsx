/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { Annotation, DraftVersion, Round } from '@concordia/contracts';
import { act, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderInLanguage } from '../testing/render-in-language';
import { testAnnotation } from '../testing/fixtures';
import { AnnotatedReader } from './annotated-reader';

// The reading page with its live list held here: a test posts into it as the round's stream does.
const mockLive = {
  initial: new Map<string, Annotation>(),
  push: (annotation: Annotation): void => void annotation,
};
// Each paragraph text drawn, once per drawing of its row.
const mockDrawn: string[] = [];

jest.mock('./use-round-live', () => {
  const { useState } = jest.requireActual<typeof import('react')>('react');
  const still = () => undefined;
  return {
    useRoundLive: () => {
      const [annotations, setAnnotations] = useState(() => mockLive.initial);
      mockLive.push = (a: Annotation) => setAnnotations((list) => new Map(list).set(a.id, a));
      return {
        annotations,
        loading: false,
        error: null,
        state: 'live',
        readers: {},
        typing: {},
        upsert: still,
        setPresence: still,
        setTyping: still,
        lastOther: null,
      };
    },
  };
});
jest.mock('./annotated-text', () => {
  const actual = jest.requireActual<typeof import('./annotated-text')>('./annotated-text');
  return {
    ...actual,
    AnnotatedText: (props: Parameters<typeof actual.AnnotatedText>[0]) => {
      mockDrawn.push(props.text);
      return actual.AnnotatedText(props);
    },
  };
});
jest.mock('../auth/auth-context', () => {
  const me = jest.requireActual<typeof import('../testing/fixtures')>('../testing/fixtures').testMe();
  return { useMe: () => me, useOptionalMe: () => me };
});
jest.mock('../api/list-queries', () => {
  const statuses = { data: { items: [] }, error: null, loading: false, reload: () => undefined };
  return { useParagraphStatuses: () => statuses };
});
jest.mock('./use-reading-mark', () => {
  const mark = { since: '2025-05-05T09:00:00.000Z', firstVisit: false };
  return { useReadingMark: () => mark };
});
jest.mock('../positions/use-position-changes', () => {
  const none: never[] = [];
  return { usePositionChanges: () => none };
});
jest.mock('../rounds/use-accepts-input', () => ({ useAcceptsInput: () => true }));
jest.mock('../session/use-round-session', () => {
  const session = { consideration: null };
  return { useRoundSession: () => session };
});
// The panel beside the text is not what this spec is about.
jest.mock('../session/session-panel', () => ({ SessionPanel: () => null }));
jest.mock('./thread-panel', () => ({ ThreadPanel: () => null }));
jest.mock('./find-panel', () => ({ FindPanel: () => null }));
jest.mock('./new-since-visit-bar', () => ({ NewSinceVisitBar: () => null }));

const VERSION = 'f'.repeat(24);
const ROUND = 'e'.repeat(24);
const texts = ['States cooperate on return.', 'Data is shared with consent.', 'Visas are issued promptly.'];
const version: DraftVersion = {
  id: VERSION,
  draftId: 'd'.repeat(24),
  label: 'Rev.1',
  status: 'published',
  revision: 1,
  publishedAt: '2025-05-01T00:00:00.000Z',
  note: null,
  sections: [
    {
      key: 's1',
      heading: 'Cooperation',
      paragraphs: texts.map((text, i) => ({ key: `p${i + 1}`, number: String(i + 1), text })),
    },
  ],
};
const round: Round = {
  id: ROUND,
  processId: 'a'.repeat(24),
  name: 'Round one',
  versionId: VERSION,
  chairUserId: '1'.repeat(24),
  delegationIds: [],
  opensAt: '2025-05-01T00:00:00.000Z',
  closesAt: '2025-06-01T00:00:00.000Z',
  timeZone: 'UTC',
  confidentiality: 'observers',
  status: 'open',
};

const comment = (paragraphKey: string, extra: Partial<Annotation> = {}): Annotation =>
  testAnnotation({
    processId: round.processId,
    roundId: ROUND,
    anchor: { status: 'anchored', method: 'original', versionId: VERSION, paragraphKey, selectors: null },
    createdAt: '2025-05-05T08:00:00.000Z',
    ...extra,
  });

const countOf = (key: string) => document.querySelector(`[data-key="${key}"] [data-testid="annotation-count"]`);

describe('the reading page when a live event touches one paragraph', () => {
  it('draws that paragraph’s row again and leaves the others as they were', async () => {
    const first = comment('p1');
    mockLive.initial = new Map([first, comment('p2'), comment('p3')].map((a) => [a.id, a] as const));
    await renderInLanguage(
      'en',
      <MemoryRouter>
        <AnnotatedReader title="Agenda" version={version} round={round} />
      </MemoryRouter>,
    );
    expect(countOf('p2')?.getAttribute('data-count')).toBe('1');
    mockDrawn.length = 0;

    // Another delegation's comment on the second paragraph, new since the reader's last visit.
    act(() => mockLive.push(comment('p2', { createdAt: '2025-05-05T10:00:00.000Z' })));
    expect(countOf('p2')?.getAttribute('data-count')).toBe('2');
    expect(document.querySelector('[data-key="p2"] [data-testid="new-in-paragraph"]')).not.toBeNull();
    expect(mockDrawn).toEqual([texts[1]]);

    // A reply in the first paragraph's thread: its row only.
    mockDrawn.length = 0;
    act(() => mockLive.push(comment('p1', { parentId: first.id, createdAt: '2025-05-05T10:01:00.000Z' })));
    expect(mockDrawn).toEqual([texts[0]]);
    expect(screen.getAllByTestId('paragraph')).toHaveLength(3);
  });
});
