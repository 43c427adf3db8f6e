/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { AgendaSilence, Me, RoundAgenda } from '@concordia/contracts';
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { api } from '../api/endpoints';
import { renderInLanguage } from '../testing/render-in-language';
import { testMe, testRound } from '../testing/fixtures';
import { RoundAgendaList } from './round-agenda';

const MEXICO = 'a'.repeat(24);
const round = testRound({ delegationIds: [MEXICO] });

/** Who reads the agenda: nobody known (the plain lines), or a delegate of Mexico. */
let mockMe: Me | null = null;
jest.mock('../auth/auth-context', () => ({ useOptionalMe: () => mockMe }));

/** What the API answers a head of delegation while silence procedures run (numbers as the text writes them). */
const agendaWith = (silences: AgendaSilence[]): RoundAgenda => ({
  roundId: round.id,
  paragraphStatuses: { open: 34, bracketed: 0, agreed_ad_referendum: 0, agreed: 0 },
  silences,
  positions: null,
  delegationPositions: null,
  withoutDisposition: null,
  floorRequests: null,
  ownProposals: null,
});
const silence = (id: string, paragraphNumbers: string[], mayBreak: boolean): AgendaSilence => ({
  id: id.repeat(24),
  paragraphNumbers,
  deadline: '2999-01-01T10:00:00.000Z',
  mayBreak,
});

describe('the silence procedures under "Waiting for you"', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [
      'en',
      'Silence procedure on paragraph 3: your delegation may break silence until',
      'Silence procedure on paragraphs 4, 5 until',
    ],
    [
      'fr',
      'Procédure d’accord tacite sur le paragraphe 3\u00a0: votre délégation peut rompre le silence jusqu’au',
      'Procédure d’accord tacite sur les paragraphes 4, 5 jusqu’au',
    ],
    [
      'es',
      'Procedimiento de silencio sobre el párrafo 3: su delegación puede romper el silencio hasta el',
      'Procedimiento de silencio sobre los párrafos 4, 5 hasta el',
    ],
  ] as const)('%s names the paragraphs as a sentence does, not "paragraph 3.:"', async (lng, one, two) => {
    jest
      .spyOn(api.rounds, 'agenda')
      .mockResolvedValue(agendaWith([silence('1', ['3.'], true), silence('2', ['4.', '5.'], false)]));
    await renderInLanguage(
      lng,
      <MemoryRouter>
        <RoundAgendaList processId={round.processId} round={round} textPath="/text" />
      </MemoryRouter>,
    );
    const lines = await screen.findAllByTestId('agenda-silence');
    expect(lines.map((line) => line.textContent)).toEqual([expect.stringContaining(one), expect.stringContaining(two)]);
  });

  it.each([
    ['en', 'Silence procedure on paragraph 3: your head of delegation may break silence until'],
    [
      'fr',
      'Procédure d’accord tacite sur le paragraphe 3\u00a0: votre chef de délégation peut rompre le silence jusqu’au',
    ],
    ['es', 'Procedimiento de silencio sobre el párrafo 3: su jefe de delegación puede romper el silencio hasta el'],
  ] as const)('%s tells a delegate, who cannot break silence, that the head of delegation can', async (lng, line) => {
    mockMe = testMe(
      [],
      [
        {
          processId: round.processId,
          processTitle: 'P',
          role: 'delegate',
          delegationId: MEXICO,
          delegationName: 'Mexico',
        },
      ],
    );
    try {
      jest.spyOn(api.rounds, 'agenda').mockResolvedValue(agendaWith([silence('1', ['3.'], false)]));
      await renderInLanguage(
        lng,
        <MemoryRouter>
          <RoundAgendaList processId={round.processId} round={round} textPath="/text" />
        </MemoryRouter>,
      );
      expect((await screen.findByTestId('agenda-silence')).textContent).toContain(line);
    } finally {
      mockMe = null;
    }
  });
});
