import { languageFromSheet, roleFromSheet } from './invitation-sheet';

describe("reading a secretariat's sheet of invitations", () => {
  it('takes a role by its code or its name in any of the three languages, whatever the case and accents', () => {
    expect(roleFromSheet('head_of_delegation')).toBe('head_of_delegation');
    expect(roleFromSheet('Head of delegation')).toBe('head_of_delegation');
    expect(roleFromSheet('  CHEF DE DÉLÉGATION ')).toBe('head_of_delegation');
    expect(roleFromSheet('jefe de delegacion')).toBe('head_of_delegation');
    expect(roleFromSheet('Délégué')).toBe('delegate');
    expect(roleFromSheet('delegado')).toBe('delegate');
    expect(roleFromSheet('Présidence')).toBe('chair');
    expect(roleFromSheet('Secretaría')).toBe('secretariat');
    expect(roleFromSheet('observador')).toBe('observer');
  });

  it('refuses what is not a role of the process', () => {
    expect(roleFromSheet('admin')).toBeNull();
    expect(roleFromSheet('')).toBeNull();
    expect(roleFromSheet('delegates')).toBeNull();
  });

  it('takes a language by its code or its name', () => {
    expect(languageFromSheet('FR')).toBe('fr');
    expect(languageFromSheet('Español')).toBe('es');
    expect(languageFromSheet('espanol')).toBe('es');
    expect(languageFromSheet('anglais')).toBe('en');
    expect(languageFromSheet('Deutsch')).toBeNull();
  });
});
