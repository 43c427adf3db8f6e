import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { leaves } from '../testing/catalogue-leaves';

describe('accessible names that carry a person’s name', () => {
  // A button showing "Send password link" but named "Send Ada a link…" cannot be clicked by voice
  // ("click Send password link"): WCAG 2.5.3 wants the visible words inside the name.
  it.each([
    ['en', en],
    ['fr', fr],
    ['es', es],
  ])('in %s, each "…Named" label contains the words its button shows', (_language, catalogue) => {
    const texts = new Map(leaves(catalogue));
    const named = [...texts].filter(([key]) => key.endsWith('Named'));
    expect(named.length).toBeGreaterThanOrEqual(3);
    const mismatched = named
      .map(([key, label]) => ({ key, label, visible: texts.get(key.slice(0, -'Named'.length)) }))
      .filter(({ label, visible }) => visible === undefined || !label.toLowerCase().includes(visible.toLowerCase()))
      .map(({ key, label, visible }) => `${key}: "${label}" does not contain "${visible ?? '(no visible text)'}"`);
    expect(mismatched).toEqual([]);
  });
});
