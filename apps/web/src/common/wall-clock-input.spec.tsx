/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { Modal } from '@mantine/core';
import { act, fireEvent, screen } from '@testing-library/react';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { renderInLanguage } from '../testing/render-in-language';
import { WallClockInput } from './wall-clock-input';

let reported: string | null | undefined;
const Field = ({ initial, near }: { initial: string; near?: string }) => {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <WallClockInput
      kind="dateTime"
      label="Clôture"
      value={value}
      near={near}
      onChange={(next) => {
        reported = next;
        setValue(next);
      }}
    />
  );
};

const input = (): HTMLInputElement => screen.getByLabelText('Clôture');
const type = (text: string) => {
  act(() => input().focus());
  fireEvent.change(input(), { target: { value: text } });
};

beforeEach(() => {
  reported = undefined;
});

describe('a date and time field, in the app’s language whatever the browser’s', () => {
  it('shows the time day first, 24-hour, the month in French', async () => {
    await renderInLanguage('fr', <Field initial="2026-11-30T18:00" />);
    expect(input().value).toBe('30 nov. 2026, 18:00');
  });

  it('reads what a French officer types, and writes it the app’s way once they leave the field', async () => {
    await renderInLanguage('fr', <Field initial="2026-11-30T18:00" />);
    type('2/12/2026 9h30');
    expect(reported).toBe('2026-12-02T09:30');
    act(() => input().blur());
    expect(input().value).toBe('2 déc. 2026, 9:30');
  });

  it('says how to write a time it cannot read, once the officer has left the field', async () => {
    await renderInLanguage('es', <Field initial="" />);
    type('30 de noviembre');
    expect(reported).toBeNull();
    expect(screen.queryByText(/^Escriba una fecha y una hora como/)).toBeNull();
    act(() => input().blur());
    expect(screen.getByText(/^Escriba una fecha y una hora como \d{1,2} [a-z]+ \d{4}, 18:00\.$/)).toBeTruthy();
    expect(input().value).toBe('30 de noviembre');
  });

  it('keeps the time typed when a day is picked from the calendar, in the reader’s language', async () => {
    await renderInLanguage('fr', <Field initial="2026-11-30T18:00" />);
    fireEvent.click(screen.getByRole('button', { name: 'Choisir dans un calendrier' }));
    await screen.findByText('novembre 2026');
    fireEvent.click(await screen.findByLabelText('12 novembre 2026'));
    expect(reported).toBe('2026-11-12T18:00');
    expect(input().value).toBe('12 nov. 2026, 18:00');
  });

  it('opens an empty closing time’s calendar on the opening’s month, and a day picked there takes its time', async () => {
    // Months ahead, as a window is announced: not the month the officer is in.
    const opening = DateTime.now().plus({ months: 5 }).set({ day: 5, hour: 9, minute: 30 });
    await renderInLanguage('fr', <Field initial="" near={opening.toFormat("yyyy-MM-dd'T'HH:mm")} />);
    fireEvent.click(screen.getByRole('button', { name: 'Choisir dans un calendrier' }));
    await screen.findByText(opening.setLocale('fr').toFormat('LLLL yyyy'));
    const closing = opening.set({ day: 19 });
    fireEvent.click(await screen.findByLabelText(closing.setLocale('fr').toFormat('d LLLL yyyy')));
    expect(reported).toBe(closing.toFormat("yyyy-MM-dd'T'HH:mm"));
    expect(input().value).toBe(closing.setLocale('fr').toFormat('d LLL yyyy, H:mm'));
  });

  it('keeps the time typed rather than the opening’s when a closing day is picked', async () => {
    await renderInLanguage('fr', <Field initial="2026-11-30T18:00" near="2026-10-05T09:30" />);
    fireEvent.click(screen.getByRole('button', { name: 'Choisir dans un calendrier' }));
    await screen.findByText('novembre 2026');
    fireEvent.click(await screen.findByLabelText('12 novembre 2026'));
    expect(reported).toBe('2026-11-12T18:00');
  });

  it('closes its calendar on Escape, not the dialog it is in', async () => {
    let closed = false;
    await renderInLanguage(
      'fr',
      <Modal opened onClose={() => (closed = true)} title="Changer">
        <Field initial="2026-11-30T18:00" />
      </Modal>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Choisir dans un calendrier' }));
    fireEvent.keyDown(await screen.findByLabelText('12 novembre 2026'), { key: 'Escape' });
    expect(closed).toBe(false);
  });
});
