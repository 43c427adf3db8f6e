import { AUDIT_ACTIONS, type AuditEntry } from '@concordia/contracts';
import type { TFunction } from 'i18next';
import { translator } from '../testing/translator';
import { auditActionLabel, auditSummary, type SummaryTools } from './audit-summary';

const LANGUAGES = ['en', 'fr', 'es'] as const;

describe('audit action labels', () => {
  it.each(LANGUAGES)('names every action the API writes in %s', async (lng) => {
    const t = await translator(lng);
    const missing = AUDIT_ACTIONS.filter((action) => {
      const label = auditActionLabel(t, action);
      // Without a label i18next answers with the key (this translator has no fallback language).
      return label.trim() === '' || label === action || label.startsWith('audit.');
    });
    expect(missing).toEqual([]);
  });

  it('shows the code of an action no longer written, never a blank', async () => {
    const t = await translator('fr');
    expect(auditActionLabel(t, 'round.close')).toBe('round.close');
    expect(auditActionLabel(t, 'round')).toBe('round');
    expect(auditActionLabel(t, 'round.status_changed')).toBe('Statut du cycle modifié');
  });
});

const entry = (fields: Partial<AuditEntry> & Pick<AuditEntry, 'action'>): AuditEntry => ({
  id: '65f000000000000000000001',
  processId: '65f000000000000000000002',
  actorId: '65f000000000000000000003',
  actorName: 'Ana Silva',
  automatic: null,
  targetType: 'round',
  targetId: 'x',
  at: '2025-03-12T10:00:00.000Z',
  before: null,
  after: null,
  summary: 'stored English summary',
  context: null,
  ...fields,
});

const tools = async (lng: (typeof LANGUAGES)[number], timeZone: string): Promise<SummaryTools> => {
  const t: TFunction = await translator(lng);
  const format = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return { t, dateTime: (iso) => format.format(new Date(iso)) };
};

describe('auditSummary', () => {
  const statusSet = entry({
    action: 'paragraph.status_set',
    targetType: 'paragraph',
    targetId: 'p-7f3a',
    before: { roundId: 'r', status: 'open' },
    after: { roundId: 'r', status: 'agreed' },
    summary: 'Paragraph p-7f3a agreed in round "Second reading"',
    context: { round: 'Second reading', paragraphs: ['7.'] },
  });

  it('names a paragraph by its number in the document, in the reader language', async () => {
    expect(auditSummary(statusSet, await tools('en', 'UTC'))).toBe('Paragraph 7: Agreed, in round “Second reading”');
    const fr = await tools('fr', 'UTC');
    expect(auditSummary(statusSet, fr)).toBe(
      `Paragraphe 7\u00a0: ${fr.t('paragraphStatus.agreed')}, dans le cycle «\u00a0Second reading\u00a0»`,
    );
  });

  it('shows the stored summary of an entry written before the names were kept', async () => {
    const old = { ...statusSet, context: null };
    expect(auditSummary(old, await tools('es', 'UTC'))).toBe('Paragraph p-7f3a agreed in round "Second reading"');
  });

  it("tells a delegation's report from the secretariat's exports", async () => {
    const report = entry({
      action: 'positions.exported',
      after: { format: 'docx', report: 'delegation' },
      context: { round: 'R1', delegation: 'Chile' },
    });
    expect(auditSummary(report, await tools('en', 'UTC'))).toBe('Report of Chile on round “R1” downloaded');
    expect(auditSummary(report, await tools('fr', 'UTC'))).toBe(
      'Rapport de Chile sur le cycle «\u00a0R1\u00a0» téléchargé',
    );
    const matrix = entry({ action: 'positions.exported', after: { format: 'xlsx' }, context: { round: 'R1' } });
    expect(auditSummary(matrix, await tools('en', 'UTC'))).toBe('Positions of round “R1” exported as XLSX');
  });

  it('names the round whose record of the floor was downloaded', async () => {
    const download = entry({
      action: 'speakers.exported',
      after: { format: 'csv', turns: 4 },
      context: { round: 'R1' },
    });
    expect(auditSummary(download, await tools('en', 'UTC'))).toBe(
      'Record of the floor of round “R1” downloaded as CSV',
    );
    expect(auditSummary(download, await tools('fr', 'UTC'))).toBe(
      'Relevé des interventions du cycle «\u00a0R1\u00a0» téléchargé en CSV',
    );
    expect(auditSummary(download, await tools('es', 'UTC'))).toBe(
      'Registro de intervenciones de la ronda «R1» descargado en CSV',
    );
  });

  it('shows the stored summary of an action no longer written', async () => {
    expect(auditSummary(entry({ action: 'round.close', context: {} }), await tools('en', 'UTC'))).toBe(
      'stored English summary',
    );
  });

  it("writes dates in the reader's locale and time zone", async () => {
    const started = entry({
      action: 'silence.started',
      after: { roundId: 'r', paragraphKeys: ['a', 'b'], deadline: '2025-03-14T17:00:00.000Z' },
      summary: 'Silence procedure on a, b until 2025-03-14T17:00:00.000Z in round "R1"',
      context: { round: 'R1', paragraphs: ['3.', '4.'] },
    });
    const en = auditSummary(started, await tools('en', 'America/New_York'));
    expect(en).toMatch(/^On paragraphs 3, 4 until Mar 14, 2025, 1:00\sPM, in round “R1”$/u);
    const fr = auditSummary(started, await tools('fr', 'Europe/Paris'));
    expect(fr).toMatch(
      /^Sur les paragraphes 3, 4 jusqu’au 14 mars 2025,? (à )?18:00, dans le cycle «\u00a0R1\u00a0»$/u,
    );
    expect(fr).not.toContain('2025-03-14T');
    const single = { ...started, context: { round: 'R1', paragraphs: ['3.'] } };
    expect(auditSummary(single, await tools('es', 'UTC'))).toMatch(/^Sobre el párrafo 3 hasta el /);
  });

  it('translates the values an entry stores: round status, role, annotation kind', async () => {
    const t = await tools('es', 'UTC');
    expect(
      auditSummary(
        entry({
          action: 'round.status_changed',
          before: { status: 'open' },
          after: { status: 'closed' },
          context: { round: 'R1' },
        }),
        t,
      ),
    ).toBe(`Ronda «R1»: ${t.t('rounds.status.open')} → ${t.t('rounds.status.closed')}`);
    expect(
      auditSummary(
        entry({ action: 'invitation.created', after: { email: 'a@b.org', role: 'head_of_delegation' }, context: null }),
        t,
      ),
    ).toBe(`Invitación enviada a a@b.org, con la función ${t.t('roles.process.head_of_delegation')}`);
    expect(
      auditSummary(
        entry({
          action: 'annotation.created',
          after: { kind: 'amendment', paragraphKey: 'k' },
          context: { round: 'R1', paragraphs: ['12.'] },
        }),
        t,
      ),
    ).toBe(`${t.t('annotations.kind.amendment')} sobre el párrafo 12 en la ronda «R1»`);
  });

  it('says who a membership change concerns and what they now are, and which invitation was revoked or resent', async () => {
    const fr = await tools('fr', 'UTC');
    const changed = entry({
      action: 'membership.changed',
      targetType: 'membership',
      before: { role: 'delegate', delegationId: 'd' },
      after: { role: 'head_of_delegation', delegationId: 'd' },
      context: { person: 'Rosa Díaz', delegation: 'Chile' },
    });
    expect(auditSummary(changed, fr)).toBe(
      `Rosa Díaz a désormais le rôle ${fr.t('roles.process.head_of_delegation')} (Chile)`,
    );
    expect(
      auditSummary(
        entry({ action: 'membership.removed', before: { role: 'delegate' }, context: { person: 'Rosa Díaz' } }),
        fr,
      ),
    ).toBe('Retrait de Rosa Díaz du processus');
    const es = await tools('es', 'UTC');
    expect(auditSummary(entry({ action: 'invitation.revoked', before: { email: 'a@b.org' } }), es)).toBe(
      'Invitación de a@b.org revocada',
    );
    expect(auditSummary(entry({ action: 'invitation.resent', after: { email: 'a@b.org', role: 'chair' } }), es)).toBe(
      `Invitación reenviada a a@b.org, con la función ${es.t('roles.process.chair')}`,
    );
    // An entry without the names falls back to its stored English summary.
    expect(auditSummary(entry({ action: 'membership.removed' }), es)).toBe('stored English summary');
  });

  it('localises the fields of a round update and keeps unknown ones as stored', async () => {
    const summary = auditSummary(
      entry({ action: 'round.updated', context: { round: 'R1', fields: ['closesAt', 'chairUserId', 'futureField'] } }),
      await tools('fr', 'UTC'),
    );
    expect(summary).toBe('Cycle «\u00a0R1\u00a0» modifié\u00a0: clôture, présidence, futureField');
  });

  it('renders every action without throwing, from a full context or none', async () => {
    for (const lng of LANGUAGES) {
      const t = await tools(lng, 'UTC');
      for (const action of AUDIT_ACTIONS) {
        const full = entry({
          action,
          before: { status: 'open' },
          after: { status: 'closed', revision: 3, deadline: '2025-03-14T17:00:00.000Z', format: 'csv' },
          context: {
            round: 'R',
            paragraphs: ['1.'],
            title: 'T',
            file: 'f.docx',
            person: 'P',
            delegation: 'D',
            fields: [],
          },
        });
        expect({ action, text: auditSummary(full, t) }).toEqual({
          action,
          text: expect.not.stringMatching(/\{\{|audit\./),
        });
        expect(auditSummary({ ...full, context: null }, t)).not.toBe('');
      }
    }
  });
});
