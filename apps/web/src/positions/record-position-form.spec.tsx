/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { Annotation, Position } from '@concordia/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { api } from '../api/endpoints';
import { renderInLanguage } from '../testing/render-in-language';
import { testAnnotation, testRound } from '../testing/fixtures';
import { RecordPositionForm } from './record-position-form';

const MEXICO = 'a'.repeat(24);
const round = testRound({ delegationIds: [MEXICO] });
const amendment: Annotation = testAnnotation({
  kind: 'amendment',
  delegationId: MEXICO,
  delegationName: 'Mexico',
  amendment: { operation: 'replace', text: 'older persons, indigenous peoples' },
});

const renderForm = (lng: 'en' | 'fr' | 'es', amendments: Annotation[]) =>
  renderInLanguage(
    lng,
    <RecordPositionForm
      round={round}
      paragraphKey="p1"
      headOf={{ delegationId: MEXICO, delegationName: 'Mexico' }}
      current={null}
      amendments={amendments}
      onRecorded={() => undefined}
    />,
  );

/** The head opens the position list and picks "Support with amendments" in the reader's words. */
const chooseSupportWithAmendments = async (name: RegExp) => {
  fireEvent.click(screen.getByTestId('position-value'));
  fireEvent.click(await screen.findByRole('option', { name }));
};

describe('recording support with amendments', () => {
  let record: jest.SpyInstance;
  beforeEach(() => {
    record = jest.spyOn(api.positions, 'record');
  });
  afterEach(() => record.mockRestore());

  it('asks at the amendments to tick one, instead of sending the position to be refused', async () => {
    await renderForm('en', [amendment]);
    await chooseSupportWithAmendments(/^Support with amendments$/);
    fireEvent.click(screen.getByTestId('position-submit'));

    const field = screen.getByTestId('position-amendments-field');
    expect(within(field).getByText('Tick at least one amendment your delegation supports the text with.')).toBeTruthy();
    expect(screen.queryByTestId('error-alert')).toBeNull();
    expect(record).not.toHaveBeenCalled();

    // Ticking one is enough: the sentence goes and Record sends the position with it.
    record.mockReturnValue(new Promise<Position>(() => undefined));
    act(() => {
      fireEvent.click(screen.getByTestId('position-amendment'));
    });
    expect(within(field).queryByText(/Tick at least one amendment/)).toBeNull();
    fireEvent.click(screen.getByTestId('position-submit'));
    expect(record).toHaveBeenCalledWith(round.id, expect.objectContaining({ amendmentIds: [amendment.id] }));
  });

  it('says so in French at the amendments', async () => {
    await renderForm('fr', [amendment]);
    await chooseSupportWithAmendments(/^Soutien avec amendements$/);
    fireEvent.click(screen.getByTestId('position-submit'));
    expect(
      within(screen.getByTestId('position-amendments-field')).getByText(
        'Cochez au moins un amendement avec lequel votre délégation soutient le texte.',
      ),
    ).toBeTruthy();
    expect(record).not.toHaveBeenCalled();
  });

  it('cannot be recorded on a paragraph without amendments, and the form says what to do', async () => {
    await renderForm('es', []);
    await chooseSupportWithAmendments(/^Apoyo con enmiendas$/);
    expect(screen.getByText(/elija otra posición o proponga antes la enmienda/)).toBeTruthy();
    expect(screen.getByTestId('position-submit').hasAttribute('disabled')).toBe(true);
  });
});
