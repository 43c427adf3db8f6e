import type { Language } from '@concordia/contracts';
import { notifications } from '@mantine/notifications';
import { loadCatalogue } from './catalogues';
import { currentLanguage, i18n, NAMESPACE, rememberLanguage } from './i18n';

/** The language asked for last: a catalogue that comes in after a later choice must not win. */
let latest: Language | null = null;

/**
 * Fetches the catalogue itself rather than through i18n.loadLanguages: i18next's loader never
 * tries a language again once its fetch failed, and a reader who was offline for a moment should
 * get it on their next choice.
 */
const load = async (language: Language): Promise<boolean> => {
  if (i18n.hasResourceBundle(language, NAMESPACE)) return true;
  try {
    i18n.addResourceBundle(language, NAMESPACE, await loadCatalogue(language));
    return true;
  } catch {
    return false;
  }
};

/**
 * Switches the interface to `language` once its catalogue is in, so no string shows as its key
 * meanwhile. If it cannot be fetched the page stays in its language and a toast says so; the
 * result says whether the switch happened.
 */
export const applyLanguage = async (language: Language, options: { remember: boolean }): Promise<boolean> => {
  latest = language;
  const loaded = await load(language);
  if (latest !== language) return false;
  if (!loaded) {
    notifications.show({
      color: 'red',
      title: i18n.t('language.loadFailed', { language: i18n.t(`language.names.${language}`) }),
      message: i18n.t('language.loadFailedHint'),
    });
    return false;
  }
  if (options.remember) rememberLanguage(language);
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
  return true;
};
