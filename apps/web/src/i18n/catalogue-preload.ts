/**
 * A second entry of the built client, loaded by index.html before the app (vite.config.ts): it
 * starts fetching the reader's catalogue at once. The app's own request for it (i18n.ts) can only
 * run once every script of the first page has arrived, which put a second round trip after them;
 * this one overlaps them. The app then finds the module already fetched: same chunk, same URL.
 * A failure here is the app's to report (start-failure.ts), when its own import fails the same way.
 */
import { CATALOGUE_IMPORTS } from './catalogue-imports';
import { initialLanguage } from './initial-language';

CATALOGUE_IMPORTS[initialLanguage()]().catch(() => undefined);
