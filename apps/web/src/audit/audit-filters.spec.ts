import { AUDIT_ACTIONS, PLATFORM_AUDIT_ACTIONS } from '@concordia/contracts';
import { actionOptions, auditFilters, csvFileName, EMPTY_FILTERS, rangeIsOrdered } from './audit-filters';

describe('auditFilters', () => {
  it('sends nothing for empty fields', () => {
    expect(auditFilters(EMPTY_FILTERS, 'UTC')).toEqual({});
    expect(auditFilters({ action: null, from: '', to: '' }, 'UTC')).toEqual({});
  });

  it('turns days into the whole day of the user time zone', () => {
    expect(
      auditFilters({ action: 'version.published', from: '2025-03-12', to: '2025-03-12' }, 'Europe/Zurich'),
    ).toEqual({
      action: 'version.published',
      from: '2025-03-12T00:00:00+01:00',
      to: '2025-03-12T23:59:59.999+01:00',
    });
  });

  it('checks the order of the days', () => {
    expect(rangeIsOrdered({ action: null, from: '2025-03-12', to: '2025-03-11' })).toBe(false);
    expect(rangeIsOrdered({ action: null, from: '2025-03-12', to: '' })).toBe(true);
  });
});

describe('actionOptions', () => {
  it("offers every action a process's log holds, once, sorted by its label", () => {
    const options = actionOptions((action) => `label of ${action}`);
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual(AUDIT_ACTIONS.filter((a) => !PLATFORM_AUDIT_ACTIONS.includes(a)).sort());
    expect(options.find((o) => o.value === 'round.status_changed')?.label).toBe('label of round.status_changed');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('leaves out actions recorded outside any process', () => {
    expect(actionOptions(String).map((o) => o.value)).not.toContain('job.retried');
  });
});

describe('csvFileName', () => {
  it('names the export after the process and the day, safely', () => {
    expect(csvFileName('Consulta regional: Migración / 2025', new Date('2025-03-12T10:00:00Z'))).toBe(
      'audit-consulta-regional-migracion-2025-2025-03-12.csv',
    );
  });
});
