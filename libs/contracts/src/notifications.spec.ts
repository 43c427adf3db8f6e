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

describe('how a notification names a round', () => {
  it('with its process when the event carries it, alone for older events', () => {
    expect(notifiedRound({ roundName: 'First reading', processTitle: 'Watercourses' })).toBe(
      'First reading (Watercourses)',
    );
    expect(notifiedRound({ roundName: 'First reading' })).toBe('First reading');
  });
});
