import type { TFunction } from 'i18next';
import type { en } from '../i18n/locales/en';

/**
 * A segment of a field path the server may name, with its label in every catalogue: the typed
 * map is the catalogue's `fieldLabels.names`, which French and Spanish must match key for key.
 */
export type FieldName = keyof typeof en.fieldLabels.names;

/** A name this build has no label for, as words ("closesAt" → "closes at", "new_paragraph" → "new paragraph"). */
const readable = (segment: string): string =>
  segment
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();

const INDEX = /^\d+$/u;

/**
 * A field issue's path ("amendment.text", "delegationIds.2") in the reader's words: each name by
 * its label ("Amendment › Text"), a list's item by its number after the list ("Participating
 * delegations no. 3"), a name without a label as plain words. Never the raw path.
 */
export const fieldLabel = (path: string, t: TFunction): string => {
  // The names of the reader's own catalogue: every catalogue has the same (Translation<typeof en>),
  // and reading English's here would put the English catalogue in every reader's first script.
  const names = t('fieldLabels.names', { returnObjects: true });
  const isFieldName = (segment: string): segment is FieldName => Object.hasOwn(names, segment);
  const crumbs: string[] = [];
  for (const segment of path.split('.').filter(Boolean)) {
    if (INDEX.test(segment) && crumbs.length > 0) {
      crumbs[crumbs.length - 1] += ` ${t('fieldLabels.item', { n: String(Number(segment) + 1) })}`;
    } else {
      crumbs.push(isFieldName(segment) ? names[segment] : readable(segment));
    }
  }
  return crumbs.join(' › ');
};
