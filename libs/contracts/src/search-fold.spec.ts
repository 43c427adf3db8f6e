import { foldForSearch } from './search-fold';

describe('folding for search', () => {
  it('ignores case, accents, ligatures and kinds of white space', () => {
    expect(foldForSearch('Migración  RÉGULIÈRE\nﬁnal')).toBe('migracion  reguliere final');
    expect(foldForSearch('İSTANBUL ΟΔΟΣ')).toBe('istanbul οδοσ');
  });

  it('folds the words a secretariat or a time zone search types as the stored ones', () => {
    expect(foldForSearch('CHEF DE DÉLÉGATION')).toBe(foldForSearch('chef de delegation'));
    expect(foldForSearch('Zúrich')).toBe('zurich');
    expect(foldForSearch('São Paulo')).toBe('sao paulo');
    expect(foldForSearch('Ñuñoa')).toBe('nunoa');
  });

  it('keeps letters that are not accented forms of others', () => {
    expect(foldForSearch('Øresund Łódź ß')).toBe('øresund łodz ß');
  });
});
