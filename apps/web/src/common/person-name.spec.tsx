/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { renderInLanguage } from '../testing/render-in-language';
import { PersonName } from './person-name';

describe('a person’s address in a table cell', () => {
  it('reads as one address, breakable after the @ and before each dot only', async () => {
    const { container } = await renderInLanguage(
      'en',
      <PersonName name="Ana Ortiz" email="ana.ortiz@mission.example" />,
    );
    const address = container.querySelectorAll('p')[1];
    expect(address?.textContent).toBe('ana.ortiz@mission.example');
    // What precedes each break opportunity: "ana" | ".ortiz@" | "mission" | ".example".
    const before = Array.from(address?.querySelectorAll('wbr') ?? []).map((wbr) => wbr.previousSibling?.textContent);
    expect(before).toEqual(['ana', '.ortiz@', 'mission']);
  });
});
