import { auditFilters, csvFileName, EMPTY_FILTERS, rangeIsOrdered } from './audit-filters';

describe('auditFilters', () => {
  it('sends nothing for empty fields', () => {
    expect(auditFilters(EMPTY_FILTERS, 'UTC')).toEqual({});
    expect(auditFilters({ action: '   ', from: '', to: '' }, 'UTC')).toEqual({});
  });

  it('turns days into the whole day of the user time zone', () => {
    expect(
      auditFilters({ action: ' version.published ', from: '2025-03-12', to: '2025-03-12' }, 'Europe/Zurich'),
    ).toEqual({
      action: 'version.published',
      from: '2025-03-12T00:00:00+01:00',
      to: '2025-03-12T23:59:59.999+01:00',
    });
  });

  it('checks the order of the days', () => {
    expect(rangeIsOrdered({ action: '', from: '2025-03-12', to: '2025-03-11' })).toBe(false);
    expect(rangeIsOrdered({ action: '', from: '2025-03-12', to: '' })).toBe(true);
  });
});

describe('csvFileName', () => {
  it('names the export after the process and the day, safely', () => {
    expect(csvFileName('Consulta regional: Migración / 2025', new Date('2025-03-12T10:00:00Z'))).toBe(
      'audit-consulta-regional-migracion-2025-2025-03-12.csv',
    );
  });
});
