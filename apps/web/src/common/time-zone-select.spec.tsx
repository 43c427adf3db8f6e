/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderInLanguage } from '../testing/render-in-language';
import { TimeZoneSelect } from './time-zone-select';

let chosen = '';
const Picker = ({ initial }: { initial: string }) => {
  const [zone, setZone] = useState(initial);
  return (
    <TimeZoneSelect
      label="Zone"
      value={zone}
      onChange={(next) => {
        chosen = next;
        setZone(next);
      }}
    />
  );
};

/** The text box, not the list of options, which the label names too. */
const input = (): HTMLInputElement => {
  const box = screen.getAllByLabelText('Zone').find((element) => element instanceof HTMLInputElement);
  if (!(box instanceof HTMLInputElement)) throw new Error('no zone input');
  return box;
};

describe('the time zone picker', () => {
  it('shows the chosen zone by its name in the reader’s language, not its id', async () => {
    await renderInLanguage('fr', <Picker initial="Europe/Paris" />);
    expect(input().value).toMatch(/^\(UTC\+0[12]:00\) Paris – heure d’Europe centrale$/);
  });

  it('finds a zone by its city without accents, and stores its IANA id', async () => {
    await renderInLanguage('es', <Picker initial="UTC" />);
    act(() => input().focus()); // a change to an unfocused box is taken for the browser's autofill
    fireEvent.change(input(), { target: { value: 'zurich' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringMatching(/Zúrich – hora de Europa central/),
    ]);
    fireEvent.click(options[0]);
    expect(chosen).toBe('Europe/Zurich');
  });

  it.each([
    ['vienna', /^\(UTC\+0[12]:00\) Vienne – heure d’Europe centrale$/],
    ['mexico city', /^\(UTC−0[56]:00\) Mexico – heure normale du centre nord-américain$/],
  ])('names cities in the reader’s language, and finds them by their English name too: %s', async (typed, label) => {
    await renderInLanguage('fr', <Picker initial="UTC" />);
    act(() => input().focus()); // a change to an unfocused box is taken for the browser's autofill
    fireEvent.change(input(), { target: { value: typed } });
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([expect.stringMatching(label)]);
  });

  it('finds a zone by its IANA id too', async () => {
    await renderInLanguage('en', <Picker initial="UTC" />);
    act(() => input().focus()); // a change to an unfocused box is taken for the browser's autofill
    fireEvent.change(input(), { target: { value: 'America/Mexico' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toContainEqual(expect.stringMatching(/Mexico City/));
  });
});
