/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { languageSchema } from '@concordia/contracts';
import { initialLanguage, INTERFACE_LANGUAGES, LANGUAGE_STORAGE_KEY } from './initial-language';

const browserLanguages = (languages: string[]): void => {
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
};

describe('the language a page opens in, before the app has run', () => {
  afterEach(() => window.localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  it('offers exactly the languages the contracts know', () => {
    expect([...INTERFACE_LANGUAGES]).toEqual(languageSchema.options);
  });

  it('is the last one chosen in this browser', () => {
    browserLanguages(['es-ES']);
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(initialLanguage()).toBe('fr');
  });

  it('else the first of the browser’s languages the interface has', () => {
    browserLanguages(['de-DE', 'es-MX', 'fr']);
    expect(initialLanguage()).toBe('es');
  });

  it('ignores a stored value that is not a language of the interface', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    browserLanguages(['fr-CA']);
    expect(initialLanguage()).toBe('fr');
  });

  it('falls back to English', () => {
    browserLanguages(['de-DE', 'it']);
    expect(initialLanguage()).toBe('en');
  });
});
