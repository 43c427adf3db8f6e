/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import type { Language } from '@concordia/contracts';
import { notifications } from '@mantine/notifications';
import { applyLanguage } from './apply-language';
import { i18n, i18nReady } from './i18n';

interface Gate {
  promise: Promise<void>;
  open: () => void;
  fail: () => void;
}

/** Catalogues held back until the spec lets them through (a slow connection) or fails them (offline). */
const mockGates: Partial<Record<Language, Gate>> = {};
const hold = (language: Language): Gate => {
  let open = (): void => undefined;
  let fail = (): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  return (mockGates[language] = { promise, open, fail });
};

jest.mock('./catalogues', () => {
  const actual = jest.requireActual<typeof import('./catalogues')>('./catalogues');
  return {
    loadCatalogue: async (language: Language) => {
      const gate = mockGates[language];
      delete mockGates[language];
      if (gate) await gate.promise;
      return actual.loadCatalogue(language);
    },
  };
});
// The toast itself is Mantine's: what matters here is what it says.
jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn() } }));
const shown = jest.mocked(notifications.show);

const title = (): string => i18n.t('login.title');
const reset = async (): Promise<void> => {
  expect(await applyLanguage('en', { remember: false })).toBe(true);
  shown.mockClear();
};

beforeAll(async () => {
  expect(await i18nReady).toBe(true);
});
beforeEach(reset);

describe('applyLanguage', () => {
  it('switches once the catalogue is in, never showing keys meanwhile', async () => {
    const gate = hold('fr');
    const switched = applyLanguage('fr', { remember: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(title()).toBe('Sign in to Concordia');
    expect(document.documentElement.lang).toBe('en');

    gate.open();
    expect(await switched).toBe(true);
    expect(title()).toBe('Se connecter à Concordia');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('keeps the later choice when an earlier one’s catalogue comes in after it', async () => {
    const spanish = hold('es');
    const first = applyLanguage('es', { remember: false });
    const second = applyLanguage('fr', { remember: false });
    expect(await second).toBe(true);
    spanish.open();
    expect(await first).toBe(false);
    expect(title()).toBe('Se connecter à Concordia');
  });

  it('stays in the current language and says so when the catalogue cannot be fetched; the next try fetches it', async () => {
    await applyLanguage('fr', { remember: false });
    shown.mockClear();
    // Spanish came in in the case before: dropped, as if this tab had never fetched it.
    i18n.removeResourceBundle('es', 'translation');
    const gate = hold('es');
    const switching = applyLanguage('es', { remember: false });
    gate.fail();
    expect(await switching).toBe(false);
    expect(title()).toBe('Se connecter à Concordia');
    expect(shown.mock.calls.map(([toast]) => toast.title)).toEqual([
      'Impossible de charger cette langue\u00a0: Espagnol',
    ]);

    expect(await applyLanguage('es', { remember: false })).toBe(true);
    expect(title()).toBe('Iniciar sesión en Concordia');
  });

  it('remembers the choice in this browser only when asked to', async () => {
    window.localStorage.removeItem('concordia.language');
    await applyLanguage('fr', { remember: false });
    expect(window.localStorage.getItem('concordia.language')).toBeNull();
    await applyLanguage('es', { remember: true });
    expect(window.localStorage.getItem('concordia.language')).toBe('es');
  });
});
