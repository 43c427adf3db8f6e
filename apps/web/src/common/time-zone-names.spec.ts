import { foldForSearch } from '@concordia/contracts';
import { zoneCity, zoneName, zoneOption, zoneOptions } from './time-zone-names';

const winter = new Date('2025-01-15T12:00:00Z');
const summer = new Date('2025-07-15T12:00:00Z');

describe('a time zone is named as a reader would name it, not by its IANA id', () => {
  it.each([
    ['en', 'Europe/Paris', 'Central European Time (Paris)'],
    ['fr', 'Europe/Paris', 'heure d’Europe centrale (Paris)'],
    ['es', 'Europe/Zurich', 'hora de Europa central (Zurich)'],
    ['en', 'America/Argentina/Buenos_Aires', 'Argentina Standard Time (Buenos Aires, Argentina)'],
    ['fr', 'UTC', 'UTC'],
  ])('%s: %s', (locale, zone, expected) => {
    expect(zoneName(locale, zone, winter)).toBe(expected);
  });

  it('does not repeat a city the name already gives', () => {
    const name = zoneName('fr', 'America/Punta_Arenas', winter);
    expect(name).toContain('Punta Arenas');
    expect(name).not.toContain('(Punta Arenas)');
  });

  it('falls back to the id for a zone the browser does not know', () => {
    expect(zoneName('en', 'Mars/Olympus_Mons', winter)).toBe('Mars/Olympus_Mons');
    expect(zoneOption('en', 'Mars/Olympus_Mons', winter).label).toBe('Mars/Olympus_Mons');
  });

  it('takes the city from the id', () => {
    expect(zoneCity('America/Mexico_City')).toBe('Mexico City');
    expect(zoneCity('America/Indiana/Knox')).toBe('Knox, Indiana');
    expect(zoneCity('UTC')).toBeNull();
    expect(zoneCity('Etc/GMT+3')).toBeNull();
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

  it('is found by city, name or id, whatever the accents or case', () => {
    const option = zoneOption('es', 'America/Mexico_City', winter);
    expect(option.search).toContain('mexico city');
    expect(option.search).toContain('america/mexico_city');
    expect(option.search).toContain(foldForSearch('HORA ESTÁNDAR'));
    expect(zoneOption('fr', 'Europe/Zurich', winter).search).toContain(foldForSearch('Zúrich'));
  });
});
