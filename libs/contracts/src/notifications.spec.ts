import {
  notificationEventSchema,
  notificationPath,
  notifiedParagraph,
  notifiedParagraphs,
  notifiedRound,
} from './notifications';

describe('how a notification names paragraphs', () => {
  it('by the number readers know, without its trailing point', () => {
    expect(notifiedParagraph({ paragraphKey: 'k-7f3a', paragraphNumber: '7.' })).toBe('7');
    expect(notifiedParagraphs({ paragraphKeys: ['k-1', 'k-2'], paragraphNumbers: ['4.', '12)'] })).toBe('4, 12');
  });

  it('by the key for events staged before numbers were kept, or with numbers that do not match', () => {
    expect(notifiedParagraph({ paragraphKey: 'principles-7' })).toBe('principles-7');
    expect(notifiedParagraphs({ paragraphKeys: ['a', 'b'] })).toBe('a, b');
    expect(notifiedParagraphs({ paragraphKeys: ['a', 'b'], paragraphNumbers: ['1.'] })).toBe('a, b');
  });
});

const published = {
  type: 'version.published' as const,
  processId: 'a'.repeat(24),
  actorUserId: null,
  actorName: null,
  draftId: 'c'.repeat(24),
  versionId: 'd'.repeat(24),
  label: 'Rev.1',
};

describe('where a publication links', () => {
  it('to the comparison of the previous published version with the new one', () => {
    const event = {
      ...published,
      draftTitle: 'Watercourses',
      previousVersionId: 'b'.repeat(24),
      previousLabel: 'Zero draft',
    };
    expect(notificationPath(event)).toBe(
      `/processes/${'a'.repeat(24)}/drafts/${'c'.repeat(24)}/compare?from=${'b'.repeat(24)}&to=${'d'.repeat(24)}`,
    );
  });

  it('to the draft for the zero draft, and for an event stored before versions were compared', () => {
    expect(notificationPath({ ...published, label: 'Zero draft', draftTitle: 'Watercourses' })).toBe(
      `/processes/${'a'.repeat(24)}/drafts/${'c'.repeat(24)}`,
    );
    expect(notificationPath(published)).toBe(`/processes/${'a'.repeat(24)}/drafts/${'c'.repeat(24)}`);
  });

  it('still reads an event stored without the titles and previous version', () => {
    expect(notificationEventSchema.parse(published)).toEqual(published);
  });
});

describe("where silence procedures and the speakers' list link", () => {
  const inRound = {
    processId: 'a'.repeat(24),
    actorUserId: null,
    actorName: null,
    roundId: 'e'.repeat(24),
    roundName: 'First reading',
  };
  const text = `/processes/${'a'.repeat(24)}/rounds/${'e'.repeat(24)}/text`;

  it("to the round's text at the (first) paragraph concerned, where the procedure and the list are shown", () => {
    const silence = { ...inRound, procedureId: 'f'.repeat(24), paragraphKeys: ['principles-4', 'principles-7'] };
    expect(notificationPath({ type: 'silence.started', ...silence, deadline: '2026-12-03T17:00:00.000Z' })).toBe(
      `${text}?paragraph=principles-4`,
    );
    expect(notificationPath({ type: 'silence.adopted', ...silence })).toBe(`${text}?paragraph=principles-4`);
    expect(
      notificationPath({
        type: 'speakers.next',
        ...inRound,
        delegationId: 'b'.repeat(24),
        delegationName: 'Mexico',
        paragraphKey: 'pathways-2',
      }),
    ).toBe(`${text}?paragraph=pathways-2`);
  });
});

describe("where a round's own events link", () => {
  const round = `/processes/${'a'.repeat(24)}/rounds/${'e'.repeat(24)}`;
  // As stored before events named their process: the link is computed when shown, so these follow too.
  const stored = {
    processId: 'a'.repeat(24),
    actorUserId: null,
    actorName: null,
    roundId: 'e'.repeat(24),
    roundName: 'First reading',
  };
  const closesAt = '2026-12-03T17:00:00.000Z';

  it('opened or closing soon: to the text, to read and comment while the round is open', () => {
    expect(notificationPath({ type: 'round.opened', ...stored, closesAt })).toBe(`${round}/text`);
    expect(notificationPath({ type: 'round.closing_soon', ...stored, processTitle: 'Watercourses', closesAt })).toBe(
      `${round}/text`,
    );
  });

  it("closed: to the position matrix, where each paragraph's consensus is", () => {
    expect(notificationPath({ type: 'round.closed', ...stored })).toBe(`${round}/positions`);
  });

  it("a moved closing time: to the round's page, whose heading states it", () => {
    expect(notificationPath({ type: 'round.deadline_changed', ...stored, closesAt, previousClosesAt: closesAt })).toBe(
      round,
    );
  });
});

describe('how a notification names a round', () => {
  it('with its process when the event carries it, alone for older events', () => {
    expect(notifiedRound({ roundName: 'First reading', processTitle: 'Watercourses' })).toBe(
      'First reading (Watercourses)',
    );
    expect(notifiedRound({ roundName: 'First reading' })).toBe('First reading');
  });
});

describe('where a co-sponsor withdrawing links', () => {
  it('to the amendment, as its support did', () => {
    const onAmendment = {
      processId: 'a'.repeat(24),
      actorUserId: null,
      actorName: null,
      roundId: 'e'.repeat(24),
      roundName: 'First reading',
      draftId: 'c'.repeat(24),
      versionId: 'd'.repeat(24),
      annotationId: '1'.repeat(24),
      threadId: '1'.repeat(24),
      paragraphKey: 'k-4',
      delegationName: 'Peru',
    };
    const path = notificationPath({ type: 'amendment.sponsor_withdrawn', ...onAmendment });
    expect(path).toBe(notificationPath({ type: 'amendment.sponsored', ...onAmendment }));
    expect(path).toContain(`thread=${'1'.repeat(24)}`);
  });
});
