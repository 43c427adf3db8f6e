import { foldForSearch, type Language } from '@concordia/contracts';
import { loadCatalogue } from '../i18n/catalogues';
import { zoneCity, zoneName, zoneOption, zoneOptions } from './time-zone-names';

const winter = new Date('2025-01-15T12:00:00Z');
const summer = new Date('2025-07-15T12:00:00Z');

// The cities come with each language's catalogue, as in the app.
const LANGUAGES: Language[] = ['en', 'fr', 'es'];
beforeAll(() => Promise.all(LANGUAGES.map(loadCatalogue)));

describe('a time zone is named as a reader would name it, not by its IANA id', () => {
  it.each([
    ['en', 'Europe/Paris', 'Central European Time (Paris)'],
    ['fr', 'Europe/Paris', 'heure d’Europe centrale (Paris)'],
    ['es', 'Europe/Zurich', 'hora de Europa central (Zúrich)'],
    ['fr', 'Europe/Zurich', 'heure d’Europe centrale (Zurich)'],
    ['fr', 'Europe/Vienna', 'heure d’Europe centrale (Vienne)'],
    ['es', 'Europe/Vienna', 'hora de Europa central (Viena)'],
    ['en', 'Europe/Vienna', 'Central European Time (Vienna)'],
    ['fr', 'Africa/Cairo', 'heure d’Europe de l’Est (Le Caire)'],
    ['es', 'Africa/Cairo', 'hora de Europa oriental (El Cairo)'],
    ['fr', 'America/Mexico_City', 'heure normale du centre nord-américain (Mexico)'],
    ['es', 'America/Mexico_City', 'hora estándar central (Ciudad de México)'],
    ['en', 'America/Mexico_City', 'Central Standard Time (Mexico City)'],
    // Another id of a zone is named as CLDR's own id: Buenos Aires, whatever the id spells.
    ['en', 'America/Argentina/Buenos_Aires', 'Argentina Standard Time (Buenos Aires)'],
    ['fr', 'America/Argentina/Buenos_Aires', 'heure normale d’Argentine (Buenos Aires)'],
    ['en', 'Asia/Kolkata', 'India Standard Time (Kolkata)'],
    ['fr', 'Asia/Kolkata', 'heure de l’Inde (Calcutta)'],
    ['es', 'Asia/Calcutta', 'hora estándar de la India (Calcuta)'],
    ['fr', 'UTC', 'UTC'],
  ])('%s: %s', (locale, zone, expected) => {
    expect(zoneName(locale, zone, winter)).toBe(expected);
  });

  it.each(LANGUAGES)('does not repeat a city the name already gives (%s)', (locale) => {
    const name = zoneName(locale, 'America/Punta_Arenas', winter);
    expect(name).toContain('Punta Arenas');
    expect(name).not.toContain('(Punta Arenas)');
  });

  it('falls back to the id for a zone the browser does not know', () => {
    expect(zoneName('en', 'Mars/Olympus_Mons', winter)).toBe('Mars/Olympus_Mons');
    expect(zoneOption('en', 'Mars/Olympus_Mons', winter).label).toBe('Mars/Olympus_Mons');
  });

  it('takes the city from the id where CLDR names it so, or does not list it', () => {
    expect(zoneCity('America/Mexico_City')).toBe('Mexico City');
    expect(zoneCity('Europe/Paris', 'fr')).toBe('Paris');
    expect(zoneCity('America/Indiana/Knox')).toBe('Knox, Indiana');
    expect(zoneCity('America/Argentina/La_Rioja', 'es')).toBe('La Rioja, Argentina');
    expect(zoneCity('UTC')).toBeNull();
    expect(zoneCity('Etc/GMT+3')).toBeNull();
  });

  it('takes the city from CLDR in the reader’s language otherwise', () => {
    expect(zoneCity('Europe/Vienna', 'fr')).toBe('Vienne');
    expect(zoneCity('Europe/Vienna', 'fr-CA')).toBe('Vienne');
    expect(zoneCity('America/Sao_Paulo')).toBe('São Paulo');
    expect(zoneCity('Europe/Kyiv', 'es')).toBe('Kiev');
    expect(zoneCity('Europe/Kiev', 'en')).toBe('Kyiv');
  });
});

describe('the picker lists zones west to east with their offset on the day', () => {
  it('labels a zone with its offset, city and name', () => {
    expect(zoneOption('en', 'Europe/Paris', winter).label).toBe('(GMT+01:00) Paris – Central European Time');
    expect(zoneOption('en', 'Europe/Paris', summer).label).toBe('(GMT+02:00) Paris – Central European Time');
    expect(zoneOption('fr', 'Asia/Kathmandu', winter)).toMatchObject({ offsetMinutes: 345 });
    expect(zoneOption('en', 'America/St_Johns', winter)).toMatchObject({ offsetMinutes: -210 });
  });

  it('orders by offset, then by label', () => {
    const labels = zoneOptions(
      'en',
      ['Asia/Tokyo', 'Europe/Zurich', 'UTC', 'America/Lima', 'Europe/Paris'],
      winter,
    ).map((option) => option.value);
    expect(labels).toEqual(['America/Lima', 'UTC', 'Europe/Paris', 'Europe/Zurich', 'Asia/Tokyo']);
  });

  it('labels it with the city in the reader’s language', () => {
    expect(zoneOption('fr', 'Europe/Vienna', winter).label).toBe('(UTC+01:00) Vienne – heure d’Europe centrale');
    expect(zoneOption('es', 'America/Mexico_City', winter).label).toBe(
      '(GMT-06:00) Ciudad de México – hora estándar central',
    );
  });

  it('is found by city in the reader’s language or in English, name or id, whatever the accents or case', () => {
    const option = zoneOption('es', 'America/Mexico_City', winter);
    expect(option.search).toContain('ciudad de mexico');
    expect(option.search).toContain('mexico city');
    expect(option.search).toContain('america/mexico_city');
    expect(option.search).toContain(foldForSearch('HORA ESTÁNDAR'));
    expect(zoneOption('fr', 'Europe/Vienna', winter).search).toContain('vienna');
    expect(zoneOption('fr', 'Asia/Calcutta', winter).search).toContain('kolkata');
    expect(zoneOption('es', 'Europe/Zurich', winter).search).toContain(foldForSearch('Zúrich'));
  });
});
