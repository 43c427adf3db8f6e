const OTHER = '_other';

/**
 * i18next picks a counted string by the count's plural category in the reader's language
 * (Intl.PluralRules), and the catalogues write the forms English has: `_one` and `_other`. French
 * and Spanish have a third, "many" (1 000 000, 2 000 000), which no catalogue writes: without it
 * such a count would find no string in its language. Each category a catalogue leaves out reads as
 * its `_other` form, the general case in every language's rules, so that no count needs another
 * language's catalogue.
 */
export const withEveryPluralForm = <T extends object>(tree: T, language: string): T => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const complete = (node: object): Record<string, unknown> => {
    const filled: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node) as [string, unknown][]) {
      filled[key] = typeof value === 'object' && value !== null && !Array.isArray(value) ? complete(value) : value;
    }
    for (const [key, value] of Object.entries(node)) {
      if (!key.endsWith(OTHER) || typeof value !== 'string') continue;
      const stem = key.slice(0, -OTHER.length);
      for (const category of categories) filled[`${stem}_${category}`] ??= value;
    }
    return filled;
  };
  return complete(tree) as T;
};
