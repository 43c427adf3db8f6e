import { type Notification, type NotificationEvent, notifiedTime } from '@concordia/contracts';
import { translator } from '../testing/translator';
import { excerptOf, notificationText } from './notification-text';

const place = { processId: 'a'.repeat(24), actorUserId: null, actorName: null };
const round = { ...place, roundId: 'e'.repeat(24), roundName: 'First reading', processTitle: 'Watercourses' };
const storedBefore: NotificationEvent = {
  type: 'version.published',
  ...place,
  draftId: 'c'.repeat(24),
  versionId: 'd'.repeat(24),
  label: 'Rev.1',
};
const rev1: NotificationEvent = {
  ...storedBefore,
  processTitle: 'Watercourses',
  draftTitle: 'Draft agenda',
  previousVersionId: 'b'.repeat(24),
  previousLabel: 'Zero draft',
};

const line = async (lng: 'en' | 'fr' | 'es', event: NotificationEvent, timeZone = 'UTC'): Promise<string> => {
  const item: Notification = { id: 'f'.repeat(24), event, createdAt: '2026-12-01T08:00:00.000Z', readAt: null };
  return notificationText(item, { t: await translator(lng), time: (iso) => notifiedTime(iso, lng, timeZone) });
};

describe('the bell line of a new version', () => {
  it('names the draft and its process in every language', async () => {
    expect(await line('en', rev1)).toBe('Rev.1 of “Draft agenda” (Watercourses) was published');
    expect(await line('fr', rev1)).toBe('La version Rev.1 de «\u00a0Draft agenda\u00a0» (Watercourses) a été publiée');
    expect(await line('es', rev1)).toBe('Se publicó la versión Rev.1 de «Draft agenda» (Watercourses)');
  });

  it('keeps its words for an event stored before the titles were carried', async () => {
    expect(await line('en', storedBefore)).toBe('Rev.1 of the draft was published');
    expect(await line('fr', storedBefore)).toBe('La version Rev.1 du projet a été publiée');
    expect(await line('es', storedBefore)).toBe('Se publicó la versión Rev.1 del borrador');
  });

  it("shows the secretariat's note under the line, and nothing when it wrote none", () => {
    const item = (event: NotificationEvent): Notification => ({
      id: 'f'.repeat(24),
      event,
      createdAt: '2026-12-01T08:00:00.000Z',
      readAt: null,
    });
    expect(excerptOf(item({ ...rev1, note: 'Paragraph 4 is new.' }))).toBe('Paragraph 4 is new.');
    expect(excerptOf(item(rev1))).toBeNull();
  });
});

describe('the bell line of a deadline', () => {
  const closesAt = '2026-12-03T17:00:00.000Z';

  it("says until when a round is open, in the reader's zone", async () => {
    expect(await line('en', { type: 'round.opened', ...round, closesAt }, 'Europe/Zurich')).toBe(
      'First reading (Watercourses) is open for comments until December 3, 2026 at 6:00 PM Central European Standard Time',
    );
    expect(await line('es', { type: 'round.closing_soon', ...round, closesAt }, 'America/Bogota')).toBe(
      'First reading (Watercourses) se cierra en 24 horas, el 3 de diciembre de 2026 a las 12:00 hora estándar de Colombia',
    );
  });

  it('says when a round now closes, its closing time moved', async () => {
    const moved: NotificationEvent = {
      type: 'round.deadline_changed',
      ...round,
      closesAt: '2026-12-10T17:00:00.000Z',
      previousClosesAt: closesAt,
    };
    expect(await line('en', moved, 'Europe/Zurich')).toBe(
      'First reading (Watercourses) now closes on December 10, 2026 at 6:00 PM Central European Standard Time',
    );
    expect(await line('fr', moved, 'Europe/Zurich')).toBe(
      'First reading (Watercourses) se termine désormais le 10 décembre 2026 à 18:00 heure normale d’Europe centrale',
    );
    expect(await line('es', moved, 'America/Bogota')).toBe(
      'First reading (Watercourses) se cierra ahora el 10 de diciembre de 2026 a las 12:00 hora estándar de Colombia',
    );
  });

  it('says when a silence procedure ends, summer time included', async () => {
    const event: NotificationEvent = {
      type: 'silence.started',
      ...round,
      procedureId: 'f'.repeat(24),
      paragraphKeys: ['k-4'],
      paragraphNumbers: ['4.'],
      deadline: '2026-03-29T01:30:00.000Z',
    };
    expect(await line('fr', event, 'Europe/Paris')).toBe(
      'Procédure d’accord tacite sur le paragraphe 4 de First reading (Watercourses), jusqu’au 29 mars 2026 à 03:30 heure d’été d’Europe centrale',
    );
  });

  it('names the round alone in an event stored before the process was carried', async () => {
    const { processTitle: _process, ...before } = round;
    expect(await line('en', { type: 'round.closed', ...before })).toBe('First reading is closed');
  });
});

describe('the bell line of a co-sponsor withdrawing', () => {
  const withdrawn: NotificationEvent = {
    type: 'amendment.sponsor_withdrawn',
    ...round,
    draftId: 'c'.repeat(24),
    versionId: 'd'.repeat(24),
    annotationId: '1'.repeat(24),
    threadId: '1'.repeat(24),
    paragraphKey: 'k-4',
    paragraphNumber: '4.',
    delegationName: 'Peru',
  };

  it('names the delegation and the paragraph in every language', async () => {
    expect(await line('en', withdrawn)).toBe(
      'Peru no longer co-sponsors your amendment to paragraph 4 (First reading, Watercourses)',
    );
    expect(await line('fr', withdrawn)).toBe(
      'Peru n’est plus coauteur de votre amendement au paragraphe 4 (First reading, Watercourses)',
    );
    expect(await line('es', withdrawn)).toBe(
      'Peru ya no copatrocina su enmienda al párrafo 4 (First reading, Watercourses)',
    );
  });
});
