import { type Language, type NotificationEvent, type NotificationEventOf } from '@concordia/contracts';
import { wordsFor } from './email-texts';

const place = { processId: 'a'.repeat(24), actorUserId: null, actorName: null };
const rev1: NotificationEventOf<'version.published'> = {
  type: 'version.published',
  ...place,
  processTitle: 'Regional Consultative Process on Watercourses',
  draftId: 'c'.repeat(24),
  versionId: 'd'.repeat(24),
  label: 'Rev.1',
  draftTitle: 'Draft agenda',
  previousVersionId: 'b'.repeat(24),
  previousLabel: 'Zero draft',
};
/** As the API staged it before the draft's title, process and previous version were carried. */
const { processTitle: _p, draftTitle: _d, previousVersionId: _v, previousLabel: _l, ...storedBefore } = rev1;
const round = { ...place, roundId: 'e'.repeat(24), roundName: 'Second reading', processTitle: 'Watercourses' };
/** 18:00 in Geneva, 12:00 in Bogotá. */
const closesAt = '2026-12-03T17:00:00.000Z';

/** The headline a reader of each language gets, each reading times in the zone given. */
const headlines = (event: NotificationEvent, zones: Record<Language, string>): Record<Language, string> => ({
  en: wordsFor('en', zones.en, event).headline,
  fr: wordsFor('fr', zones.fr, event).headline,
  es: wordsFor('es', zones.es, event).headline,
});
const inUtc = { en: 'UTC', fr: 'UTC', es: 'UTC' };

describe('a new version', () => {
  it('names the draft and its process, and offers what changed since the previous version', () => {
    expect(wordsFor('en', 'UTC', rev1)).toEqual({
      subject: 'New version of “Draft agenda”: Rev.1',
      headline: 'Rev.1 of “Draft agenda” (Regional Consultative Process on Watercourses) has been published.',
      quote: null,
      action: 'See what changed since Zero draft',
    });
    expect(wordsFor('fr', 'UTC', rev1)).toEqual({
      subject: 'Nouvelle version de «\u00a0Draft agenda\u00a0»\u00a0: Rev.1',
      headline:
        'La version Rev.1 de «\u00a0Draft agenda\u00a0» (Regional Consultative Process on Watercourses) a été publiée.',
      quote: null,
      action: 'Voir les changements depuis Zero draft',
    });
    expect(wordsFor('es', 'UTC', rev1)).toEqual({
      subject: 'Nueva versión de «Draft agenda»: Rev.1',
      headline: 'Se publicó la versión Rev.1 de «Draft agenda» (Regional Consultative Process on Watercourses).',
      quote: null,
      action: 'Ver los cambios desde Zero draft',
    });
  });

  it('offers to read the zero draft, which has nothing before it', () => {
    const zero = { ...rev1, label: 'Zero draft', previousVersionId: undefined, previousLabel: undefined };
    expect(wordsFor('en', 'UTC', zero).action).toBe('Read the new version');
    expect(wordsFor('fr', 'UTC', zero).action).toBe('Lire la nouvelle version');
    expect(wordsFor('es', 'UTC', zero).action).toBe('Leer la nueva versión');
  });

  it('keeps the words it had for an event stored before the titles were carried', () => {
    expect(wordsFor('en', 'UTC', storedBefore)).toMatchObject({
      subject: 'New version published: Rev.1',
      action: 'Read the new version',
    });
    expect(headlines(storedBefore, inUtc)).toEqual({
      en: 'Rev.1 of the draft has been published.',
      fr: 'La version Rev.1 du projet a été publiée.',
      es: 'Se publicó la versión Rev.1 del borrador.',
    });
  });
});

describe('a round and its closing time', () => {
  const opened: NotificationEventOf<'round.opened'> = { type: 'round.opened', ...round, closesAt };
  const closing: NotificationEventOf<'round.closing_soon'> = { type: 'round.closing_soon', ...round, closesAt };

  it("says until when a round is open, in the reader's zone and language", () => {
    expect(wordsFor('en', 'Europe/Zurich', opened).subject).toBe('Second reading (Watercourses) is open');
    expect(headlines(opened, { en: 'Europe/Zurich', fr: 'Europe/Zurich', es: 'America/Bogota' })).toEqual({
      en: 'Second reading (Watercourses) is open for comments until December 3, 2026 at 6:00 PM Central European Standard Time.',
      fr: 'Second reading (Watercourses) est ouvert aux commentaires jusqu’au 3 décembre 2026 à 18:00 heure normale d’Europe centrale.',
      es: 'Second reading (Watercourses) está abierta a comentarios hasta el 3 de diciembre de 2026 a las 12:00 hora estándar de Colombia.',
    });
  });

  it('says when a round closing in 24 hours closes', () => {
    expect(headlines(closing, { en: 'America/Bogota', fr: 'Europe/Zurich', es: 'Europe/Zurich' })).toEqual({
      en: 'Second reading (Watercourses) closes in 24 hours, on December 3, 2026 at 12:00 PM Colombia Standard Time; comments are accepted until then.',
      fr: 'Second reading (Watercourses) se termine dans 24 heures, le 3 décembre 2026 à 18:00 heure normale d’Europe centrale\u00a0; les commentaires sont acceptés jusque-là.',
      es: 'Second reading (Watercourses) se cierra en 24 horas, el 3 de diciembre de 2026 a las 18:00 hora estándar de Europa central; se aceptan comentarios hasta entonces.',
    });
  });

  it("says from when to when the closing time moved, in the reader's zone and language", () => {
    const moved: NotificationEventOf<'round.deadline_changed'> = {
      type: 'round.deadline_changed',
      ...round,
      closesAt: '2026-12-10T17:00:00.000Z',
      previousClosesAt: closesAt,
    };
    expect(wordsFor('en', 'UTC', moved).subject).toBe(
      'Second reading (Watercourses) now closes on December 10, 2026 at 5:00 PM Coordinated Universal Time',
    );
    expect(headlines(moved, { en: 'Europe/Zurich', fr: 'Europe/Zurich', es: 'America/Bogota' })).toEqual({
      en: 'The closing time of Second reading (Watercourses) has moved from December 3, 2026 at 6:00 PM Central European Standard Time to December 10, 2026 at 6:00 PM Central European Standard Time; comments are accepted until then.',
      fr: 'La clôture de Second reading (Watercourses) passe du 3 décembre 2026 à 18:00 heure normale d’Europe centrale au 10 décembre 2026 à 18:00 heure normale d’Europe centrale\u00a0; les commentaires sont acceptés jusque-là.',
      es: 'El cierre de Second reading (Watercourses) pasa del 3 de diciembre de 2026 a las 12:00 hora estándar de Colombia al 10 de diciembre de 2026 a las 12:00 hora estándar de Colombia; se aceptan comentarios hasta entonces.',
    });
  });

  it('names the round alone in an event stored before the process was carried', () => {
    const { processTitle: _t, ...before } = opened;
    expect(wordsFor('en', 'UTC', before)).toMatchObject({
      subject: 'Second reading is open',
      headline: 'Second reading is open for comments until December 3, 2026 at 5:00 PM Coordinated Universal Time.',
    });
  });
});

describe('a silence procedure deadline', () => {
  const started = (deadline: string): NotificationEventOf<'silence.started'> => ({
    type: 'silence.started',
    ...round,
    actorName: 'Rosa Diaz',
    procedureId: 'f'.repeat(24),
    paragraphKeys: ['k-4'],
    paragraphNumbers: ['4.'],
    deadline,
  });
  const inParis = { en: 'Europe/Paris', fr: 'Europe/Paris', es: 'Europe/Paris' };

  it('is stated in the reader’s zone, summer or standard time as it stands on the day', () => {
    // Paris moves to summer time at 01:00 UTC on 29 March 2026: half an hour before, then half an hour after.
    expect(headlines(started('2026-03-29T00:30:00.000Z'), inParis).en).toBe(
      'The chair of Second reading (Watercourses) put paragraph 4 under a silence procedure until March 29, 2026 at 1:30 AM Central European Standard Time: without an objection by then, the text is adopted.',
    );
    expect(headlines(started('2026-03-29T01:30:00.000Z'), inParis)).toEqual({
      en: 'The chair of Second reading (Watercourses) put paragraph 4 under a silence procedure until March 29, 2026 at 3:30 AM Central European Summer Time: without an objection by then, the text is adopted.',
      fr: 'La présidence de Second reading (Watercourses) a soumis le paragraphe 4 à une procédure d’accord tacite jusqu’au 29 mars 2026 à 03:30 heure d’été d’Europe centrale\u00a0: sans objection d’ici là, le texte est adopté.',
      es: 'La presidencia de Second reading (Watercourses) sometió el párrafo 4 a un procedimiento de silencio hasta el 29 de marzo de 2026 a las 3:30 hora de verano de Europa central: sin objeción antes de esa fecha, el texto queda adoptado.',
    });
  });
});

describe('a silence procedure on several paragraphs', () => {
  const adopted: NotificationEventOf<'silence.adopted'> = {
    type: 'silence.adopted',
    ...round,
    procedureId: 'f'.repeat(24),
    paragraphKeys: ['k-4', 'k-5'],
    paragraphNumbers: ['4.', '5.'],
  };

  it('speaks of them in the plural, in every language', () => {
    expect(headlines(adopted, inUtc)).toEqual({
      en: 'Nobody broke silence before the deadline: paragraphs 4, 5 in Second reading (Watercourses) are agreed.',
      fr: 'Personne n’a rompu le silence avant l’échéance\u00a0: les paragraphes 4, 5 de Second reading (Watercourses) sont agréés.',
      es: 'Nadie rompió el silencio antes del plazo: los párrafos 4, 5 de Second reading (Watercourses) quedan acordados.',
    });
    expect(wordsFor('fr', 'UTC', adopted).subject).toBe('Paragraphes 4, 5 adoptés par accord tacite');
    expect(wordsFor('es', 'UTC', adopted).action).toBe('Leer los párrafos');
  });

  it('and of one in the singular', () => {
    const one = { ...adopted, paragraphKeys: ['k-4'], paragraphNumbers: ['4.'] };
    expect(wordsFor('en', 'UTC', one).headline).toBe(
      'Nobody broke silence before the deadline: paragraph 4 in Second reading (Watercourses) is agreed.',
    );
    expect(wordsFor('en', 'UTC', one).action).toBe('Read the paragraph');
  });
});

describe('a reply', () => {
  const replied: NotificationEventOf<'annotation.replied'> = {
    type: 'annotation.replied',
    ...round,
    actorName: 'Rosa Diaz',
    draftId: 'c'.repeat(24),
    versionId: 'd'.repeat(24),
    annotationId: '1'.repeat(24),
    threadId: '2'.repeat(24),
    paragraphKey: 'k-7',
    paragraphNumber: '7.',
    excerpt: 'We can agree to this.',
  };

  it('names the round with its process, without nesting parentheses', () => {
    expect(headlines(replied, inUtc)).toEqual({
      en: 'Rosa Diaz replied in a thread you follow on paragraph 7 in Second reading (Watercourses).',
      fr: 'Rosa Diaz a répondu dans une discussion que vous suivez sur le paragraphe 7 (Second reading, Watercourses).',
      es: 'Rosa Diaz respondió en una conversación que sigue sobre el párrafo 7 (Second reading, Watercourses).',
    });
  });

  it('names the round alone in an event stored before the process was carried', () => {
    const { processTitle: _t, ...before } = replied;
    expect(headlines(before, inUtc).fr).toBe(
      'Rosa Diaz a répondu dans une discussion que vous suivez sur le paragraphe 7 (Second reading).',
    );
  });
});

describe('a co-sponsor', () => {
  const sponsored: NotificationEventOf<'amendment.sponsored'> = {
    type: 'amendment.sponsored',
    ...round,
    actorName: 'Rosa Diaz',
    draftId: 'c'.repeat(24),
    versionId: 'd'.repeat(24),
    annotationId: '1'.repeat(24),
    threadId: '1'.repeat(24),
    paragraphKey: 'k-4',
    paragraphNumber: '4.',
    delegationName: 'Peru',
  };

  // The name the app and the Word documents give co-sponsors, as in UN documents.
  it('is « coauteur » in French and « copatrocinador » in Spanish, as in the app', () => {
    expect(headlines(sponsored, inUtc)).toEqual({
      en: 'Peru co-sponsors your amendment to paragraph 4 in Second reading (Watercourses).',
      fr: 'Peru se porte coauteur de votre amendement au paragraphe 4 (Second reading, Watercourses).',
      es: 'Peru copatrocina su enmienda al párrafo 4 (Second reading, Watercourses).',
    });
  });

  it('withdrawing says so, in the same words', () => {
    expect(headlines({ ...sponsored, type: 'amendment.sponsor_withdrawn' }, inUtc)).toEqual({
      en: 'Peru no longer co-sponsors your amendment to paragraph 4 in Second reading (Watercourses).',
      fr: 'Peru n’est plus coauteur de votre amendement au paragraphe 4 (Second reading, Watercourses).',
      es: 'Peru ya no copatrocina su enmienda al párrafo 4 (Second reading, Watercourses).',
    });
  });
});
