import type { Language } from '@concordia/contracts';
import { reloadPage } from '../pages/reload-page';

/** Its own words: shown when the reader's catalogue is the very thing that could not be fetched. */
const WORDS: Record<Language, { message: string; reload: string }> = {
  en: { message: 'Concordia could not be loaded. Check your connection, then reload the page.', reload: 'Reload' },
  fr: {
    message: 'Concordia n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.',
    reload: 'Recharger',
  },
  es: {
    message: 'No se pudo cargar Concordia. Compruebe su conexión y vuelva a cargar la página.',
    reload: 'Recargar',
  },
};

/**
 * What the page shows instead of the app when the reader's catalogue could not be fetched at start
 * (offline, or a release replaced it meanwhile): a sentence and a reload, not a blank page. Plain
 * DOM: the app's components all need the catalogue.
 */
export const showStartFailure = (container: HTMLElement, language: Language): void => {
  const words = WORDS[language];
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = words.message;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', reloadPage);
  const box = document.createElement('main');
  box.dataset['testid'] = 'start-failure';
  box.style.cssText = 'font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem';
  box.append(message, reload);
  container.replaceChildren(box);
};
