import {
  type Language,
  LANGUAGES,
  NOTIFICATION_TYPES,
  type NotificationEvent,
  type NotificationEventOf,
} from '@concordia/contracts';
import { oneClickUnsubscribeUrl, renderDigestEmail, renderEventEmail } from './email-layout';

const ids = {
  processId: 'a'.repeat(24),
  roundId: 'b'.repeat(24),
  draftId: 'c'.repeat(24),
  versionId: 'd'.repeat(24),
  annotationId: 'e'.repeat(24),
  threadId: 'f'.repeat(24),
};
const onAnnotation = {
  ...ids,
  actorUserId: '1'.repeat(24),
  actorName: 'Rosa <Diaz>',
  roundName: 'Second reading',
  paragraphKey: 'p-7',
};
const onSilence = {
  processId: ids.processId,
  roundId: ids.roundId,
  actorUserId: '1'.repeat(24),
  actorName: 'Rosa <Diaz>',
  roundName: 'Second reading',
  procedureId: '3'.repeat(24),
  paragraphKeys: ['p-7', 'p-8'],
};

/** One event of every type, so a new type without texts fails here. */
const EVENTS: Record<NotificationEvent['type'], NotificationEvent> = {
  'annotation.replied': { type: 'annotation.replied', ...onAnnotation, excerpt: 'We agree & propose <b>more</b>.' },
  'delegation.mentioned': {
    type: 'delegation.mentioned',
    ...onAnnotation,
    excerpt: 'Asking @MEX to confirm.',
    delegationIds: ['2'.repeat(24)],
  },
  'annotation.disposition': {
    type: 'annotation.disposition',
    ...onAnnotation,
    value: 'partly_accepted',
    reason: 'Merged into paragraph 8.',
  },
  'amendment.sponsored': { type: 'amendment.sponsored', ...onAnnotation, delegationName: 'Colombia' },
  'amendment.sponsor_withdrawn': { type: 'amendment.sponsor_withdrawn', ...onAnnotation, delegationName: 'Colombia' },
  'version.published': {
    type: 'version.published',
    processId: ids.processId,
    actorUserId: null,
    actorName: null,
    draftId: ids.draftId,
    versionId: ids.versionId,
    label: 'Rev.2',
  },
  'round.opened': {
    type: 'round.opened',
    processId: ids.processId,
    actorUserId: null,
    actorName: null,
    roundId: ids.roundId,
    roundName: 'Second reading',
    closesAt: '2026-12-01T17:00:00.000Z',
  },
  'round.closing_soon': {
    type: 'round.closing_soon',
    processId: ids.processId,
    actorUserId: null,
    actorName: null,
    roundId: ids.roundId,
    roundName: 'Second reading',
    closesAt: '2026-12-01T17:00:00.000Z',
  },
  'round.closed': {
    type: 'round.closed',
    processId: ids.processId,
    actorUserId: null,
    actorName: null,
    roundId: ids.roundId,
    roundName: 'Second reading',
  },
  'round.deadline_changed': {
    type: 'round.deadline_changed',
    processId: ids.processId,
    actorUserId: null,
    actorName: null,
    roundId: ids.roundId,
    roundName: 'Second reading',
    closesAt: '2026-12-08T17:00:00.000Z',
    previousClosesAt: '2026-12-01T17:00:00.000Z',
  },
  'silence.started': {
    type: 'silence.started',
    ...onSilence,
    deadline: '2026-12-01T17:00:00.000Z',
  },
  'silence.broken': {
    type: 'silence.broken',
    ...onSilence,
    delegationName: 'Colombia',
    excerpt: 'We cannot join consensus.',
  },
  'silence.adopted': { type: 'silence.adopted', ...onSilence, actorUserId: null, actorName: null },
  'speakers.next': {
    type: 'speakers.next',
    ...onAnnotation,
    delegationId: '2'.repeat(24),
    delegationName: 'Colombia',
  },
};
const links = { webBaseUrl: 'https://concordia.example.org', unsubscribeToken: 'tok_123-abc' };
const reader = (language: Language, timeZone = 'UTC') => ({ language, timeZone });

describe('renderEventEmail', () => {
  it.each(LANGUAGES.flatMap((language) => NOTIFICATION_TYPES.map((type) => [language, type] as const)))(
    '%s / %s: subject, text and HTML with the page link and the unsubscribe link',
    (language, type) => {
      const email = renderEventEmail({ language, timeZone: 'UTC' }, EVENTS[type], links);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain('https://concordia.example.org/processes/aaaaaaaaaaaaaaaaaaaaaaaa/');
      // The page it opens speaks the email's language, whatever the browser's.
      expect(email.text).toContain(
        `https://concordia.example.org/unsubscribe?token=tok_123-abc&type=${type}&lang=${language}`,
      );
      expect(email.html).toContain(`lang="${language}"`);
      expect(email.html).toContain('unsubscribe?token=tok_123-abc&amp;type=');
    },
  );

  it("gives the List-Unsubscribe URL the email's language, for the page it opens in a browser", () => {
    expect(oneClickUnsubscribeUrl(links, 'annotation.replied', 'fr')).toBe(
      'https://concordia.example.org/api/notifications/unsubscribe/one-click?token=tok_123-abc&type=annotation.replied&lang=fr',
    );
  });

  it("sends the next speaker to the speakers' list at its paragraph, in each language", () => {
    const actions = {
      en: 'Go to the speakers’ list',
      fr: 'Aller à la liste des orateurs',
      es: 'Ir a la lista de oradores',
    };
    for (const language of LANGUAGES) {
      const email = renderEventEmail(reader(language), EVENTS['speakers.next'], links);
      expect(email.text).toContain(actions[language]);
      expect(email.text).toContain(`/processes/${ids.processId}/rounds/${ids.roundId}/text?paragraph=`);
    }
  });

  it("sends each round event's reader where it points them, with a button saying so in each language", () => {
    const round = `https://concordia.example.org/processes/${ids.processId}/rounds/${ids.roundId}`;
    const expected = {
      'round.opened': {
        url: `${round}/text`,
        en: 'Read the text and comment',
        fr: 'Lire le texte et commenter',
        es: 'Leer el texto y comentar',
      },
      'round.closing_soon': {
        url: `${round}/text`,
        en: 'Comment before it closes',
        fr: 'Commenter avant la clôture',
        es: 'Comentar antes del cierre',
      },
      'round.closed': {
        url: `${round}/positions`,
        en: 'See the positions and the consensus',
        fr: 'Voir les positions et le consensus',
        es: 'Ver las posiciones y el consenso',
      },
      'round.deadline_changed': {
        url: round,
        en: 'See the new closing time',
        fr: 'Voir la nouvelle heure de clôture',
        es: 'Ver la nueva hora de cierre',
      },
    } as const;
    for (const [type, { url, ...actions }] of Object.entries(expected)) {
      for (const language of LANGUAGES) {
        const email = renderEventEmail(reader(language), EVENTS[type as keyof typeof expected], links);
        const colon = language === 'fr' ? '\u00a0:' : ':';
        expect(email.text).toContain(`\n${actions[language]}${colon} ${url}\n`);
        expect(email.html).toContain(`<a href="${url}">${actions[language]}</a>`);
      }
    }
  });

  it('speaks the recipient language', () => {
    const event = EVENTS['annotation.replied'];
    expect(renderEventEmail(reader('en'), event, links).subject).toContain(
      'replied in a thread you follow on paragraph p-7',
    );
    expect(renderEventEmail(reader('fr'), event, links).subject).toContain(
      'a répondu dans une discussion que vous suivez',
    );
    expect(renderEventEmail(reader('es'), event, links).subject).toContain('respondió en una conversación que sigue');
  });

  it('escapes what people wrote in the HTML part, and keeps it verbatim in the text part', () => {
    const email = renderEventEmail(reader('en'), EVENTS['annotation.replied'], links);
    expect(email.html).toContain('Rosa &lt;Diaz&gt; replied');
    expect(email.html).toContain('We agree &amp; propose &lt;b&gt;more&lt;/b&gt;.');
    expect(email.html).not.toContain('<b>more</b>');
    expect(email.text).toContain('> We agree & propose <b>more</b>.');
  });

  it('links a thread to the round on its draft, opened at the paragraph and thread', () => {
    const { text } = renderEventEmail(reader('en'), EVENTS['annotation.disposition'], links);
    expect(text).toContain(
      'https://concordia.example.org/processes/aaaaaaaaaaaaaaaaaaaaaaaa/drafts/cccccccccccccccccccccccc?version=dddddddddddddddddddddddd&round=bbbbbbbbbbbbbbbbbbbbbbbb&paragraph=p-7&thread=ffffffffffffffffffffffff',
    );
    expect(text).toContain('partly accepted');
    expect(text).toContain('> Merged into paragraph 8.');
  });
});

describe('the link of a new version', () => {
  const rev2 = {
    ...EVENTS['version.published'],
    processTitle: 'Watercourses',
    draftTitle: 'Draft agenda',
    previousVersionId: '9'.repeat(24),
    previousLabel: 'Rev.1',
  };
  const draft = `https://concordia.example.org/processes/${'a'.repeat(24)}/drafts/${'c'.repeat(24)}`;

  it('compares the previous published version with the new one, in the text and HTML parts', () => {
    const email = renderEventEmail(reader('en'), rev2, links);
    expect(email.text).toContain(
      `See what changed since Rev.1: ${draft}/compare?from=${'9'.repeat(24)}&to=${'d'.repeat(24)}`,
    );
    expect(email.html).toContain(`href="${draft}/compare?from=${'9'.repeat(24)}&amp;to=${'d'.repeat(24)}"`);
  });

  it('opens the draft for the zero draft and for an event stored before versions were compared', () => {
    const zero = { ...rev2, previousVersionId: undefined, previousLabel: undefined };
    expect(renderEventEmail(reader('fr'), zero, links).text).toContain(`Lire la nouvelle version\u00a0: ${draft}\n`);
    expect(renderEventEmail(reader('es'), EVENTS['version.published'], links).text).toContain(
      `Leer la nueva versión: ${draft}\n`,
    );
  });

  it("quotes the secretariat's note, every line of it, and keeps its paragraphs in the HTML part", () => {
    const note = 'This revision takes up the comments of the regional meetings.\n\nParagraph 4 is <new>.';
    for (const language of LANGUAGES) {
      const email = renderEventEmail(
        reader(language),
        { ...(rev2 as NotificationEventOf<'version.published'>), note },
        links,
      );
      expect(email.text).toContain(
        '> This revision takes up the comments of the regional meetings.\n>\n> Paragraph 4 is <new>.',
      );
      expect(email.html).toContain(
        'white-space:pre-line">This revision takes up the comments of the regional meetings.\n\nParagraph 4 is &lt;new&gt;.</blockquote>',
      );
    }
    expect(renderEventEmail(reader('en'), rev2, links).text).not.toContain('> ');
  });
});

describe('renderDigestEmail', () => {
  it("states each time in the reader's zone", () => {
    const email = renderDigestEmail(reader('en', 'Asia/Tokyo'), [EVENTS['round.opened']], links);
    expect(email.text).toContain('until December 2, 2026 at 2:00 AM Japan Standard Time.');
    expect(email.html).toContain('until December 2, 2026 at 2:00 AM Japan Standard Time.');
  });

  it('lists every event with its link, counted in the subject', () => {
    const email = renderDigestEmail(reader('fr'), [EVENTS['annotation.replied'], EVENTS['round.closed']], links);
    expect(email.subject).toBe('Votre résumé quotidien Concordia\u00a0: 2 nouveautés');
    expect(email.text).toContain('Rosa <Diaz> a répondu');
    expect(email.text).toContain('Second reading est clos');
    expect(email.text).toContain('https://concordia.example.org/notifications/preferences');
  });

  it("carries a link that stops the digest, in the digest's language", () => {
    for (const language of LANGUAGES) {
      const email = renderDigestEmail(reader(language), [EVENTS['round.opened']], links);
      const stop = `https://concordia.example.org/unsubscribe?token=tok_123-abc&type=digest&lang=${language}`;
      expect(email.text).toContain(stop);
      expect(email.html).toContain(stop.replace(/&/g, '&amp;'));
    }
  });

  it('says "one update" in the singular', () => {
    expect(renderDigestEmail(reader('en'), [EVENTS['round.opened']], links).subject).toBe(
      'Your daily Concordia digest: 1 update',
    );
  });
});
