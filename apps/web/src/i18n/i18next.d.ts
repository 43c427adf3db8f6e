import 'i18next';
import type { en } from './locales/en';

// Typed keys: a missing or misspelt key is a compile error, and so is a locale lacking one.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
