/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { Position, PositionMatrix } from '@concordia/contracts';
import { act, fireEvent, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { api } from '../api/endpoints';
import { renderInLanguage } from '../testing/render-in-language';
import { PositionHeatmap } from './position-heatmap';

const id = (n: number) => n.toString(16).padStart(24, '0');
// The keys behave the same at any size, and jsdom draws the page's largest matrix (193 × 300: 58,000
// cells) in 30 s on a quiet machine and past any timeout on a busy one: a smaller one tells as much.
const DELEGATIONS = 20;
const PARAGRAPHS = 60;

/** Delegations × paragraphs, nothing recorded. */
const matrix: PositionMatrix = {
  roundId: id(1),
  paragraphs: Array.from({ length: PARAGRAPHS }, (_, j) => ({ key: `p${j}`, number: `${j + 1}.` })),
  delegations: Array.from({ length: DELEGATIONS }, (_, i) => ({
    id: id(100 + i),
    code: `D${i}`,
    name: `Delegation ${i}`,
    region: 'North',
    kind: 'member_state' as const,
  })),
  rows: Array.from({ length: DELEGATIONS }, (_, i) => ({
    delegationId: id(100 + i),
    values: Array.from({ length: PARAGRAPHS }, () => null),
  })),
  summary: Array.from({ length: PARAGRAPHS }, (_, j) => ({
    paragraphKey: `p${j}`,
    consensus: false,
    counts: { support: 0, support_with_amendments: 0, reservation: 0, objection: 0, no_position: 0, none: DELEGATIONS },
  })),
};

const objection: Position = {
  id: id(900),
  roundId: id(1),
  paragraphKey: 'p1',
  delegationId: id(101),
  delegationCode: 'D1',
  delegationName: 'Delegation 1',
  value: 'objection',
  statement: 'Too broad.',
  amendmentIds: [],
  authorId: id(50),
  authorName: 'Head of D1',
  seq: 1,
  recordedAt: '2026-11-28T10:00:00.000Z',
};

const stops = () => document.querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]');
const focusedCell = () => {
  const el = document.activeElement as HTMLElement | null;
  return { row: el?.closest<HTMLElement>('[data-row]')?.dataset.row, col: el?.dataset.col };
};

describe('the position heatmap as a keyboard grid', () => {
  it('has one tab stop that the arrows move, and opens the focused cell with Enter, Escape giving the focus back', async () => {
    const history = jest.spyOn(api.positions, 'history').mockResolvedValue({ items: [objection] });
    await renderInLanguage(
      'en',
      <MemoryRouter>
        <PositionHeatmap matrix={matrix} processId={id(2)} />
      </MemoryRouter>,
    );
    expect(stops()).toHaveLength(1);
    act(() => stops()[0]?.focus());
    expect(focusedCell()).toEqual({ row: '0', col: '0' });

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(focusedCell()).toEqual({ row: '1', col: '1' });
    expect(stops()).toHaveLength(1);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(focusedCell()).toEqual({ row: '1', col: String(PARAGRAPHS - 1) });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    // Queried by selector: a role query walks every cell, slower than its patience.
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!found) throw new Error('no dialog yet');
      return found;
    });
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Delegation 1 — paragraph 2.');
    await waitFor(() => expect(dialog.textContent).toContain('Too broad.'));
    expect(history).toHaveBeenCalledWith(id(1), 'p1', id(101), expect.anything());
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    await waitFor(() => expect(focusedCell()).toEqual({ row: '1', col: '1' }));
  }, 30_000);
});
