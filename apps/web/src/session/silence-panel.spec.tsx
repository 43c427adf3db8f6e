/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { SilenceProcedure } from '@concordia/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInLanguage } from '../testing/render-in-language';
import { testMe, testRound } from '../testing/fixtures';
import { SilencePanel } from './silence-panel';
import type { RoundSession } from './use-round-session';

const chair = testMe();
const round = testRound({ chairUserId: chair.user.id });
const paragraphs = [
  { key: 'p1', number: '1.' },
  { key: 'p2', number: '2.' },
];
/** A procedure on paragraph 2 with its deadline ten minutes ahead. */
const running: SilenceProcedure = {
  id: 'a'.repeat(24),
  roundId: round.id,
  processId: round.processId,
  paragraphKeys: ['p2'],
  deadline: new Date(Date.now() + 10 * 60_000).toISOString(),
  revision: 0,
  status: 'running',
  startedBy: chair.user.id,
  startedByName: 'Chiara Chair',
  startedAt: new Date().toISOString(),
  broken: null,
  endedAt: null,
};
/** The console's session: paragraph 2 under consideration and under silence. */
const session: RoundSession = {
  silences: [running],
  speakers: null,
  consideration: { roundId: round.id, paragraphKey: 'p2', changedAt: running.startedAt, revision: 1 },
  error: null,
  showSilence: () => undefined,
  showSpeakers: () => undefined,
  showConsideration: () => undefined,
};

describe("the chair's start form while a procedure runs on the paragraph under consideration", () => {
  it('does not propose that paragraph again, and offers it only as under silence', async () => {
    await renderInLanguage(
      'en',
      <SilencePanel me={chair} round={round} live session={session} paragraphs={paragraphs} />,
    );
    const form = screen.getByTestId('silence-start-form');
    // Proposed, it would be refused: "A paragraph is already under a running silence procedure."
    expect(within(form).queryByText('¶ 2')).toBeNull();
    expect(within(form).getByTestId('silence-start').hasAttribute('disabled')).toBe(true);

    fireEvent.click(within(form).getByTestId('silence-paragraphs'));
    const options = await screen.findAllByRole('option');
    const names = options.map((o) => [o.textContent, o.hasAttribute('data-combobox-disabled')]);
    expect(names).toEqual([
      ['¶ 1', false],
      ['¶ 2 (under silence)', true],
    ]);
  });

  it('names it in French', async () => {
    await renderInLanguage(
      'fr',
      <SilencePanel me={chair} round={round} live session={session} paragraphs={paragraphs} />,
    );
    fireEvent.click(within(screen.getByTestId('silence-start-form')).getByTestId('silence-paragraphs'));
    expect(await screen.findByRole('option', { name: '§ 2 (sous silence)' })).toBeTruthy();
  });
});
