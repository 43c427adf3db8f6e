import { notifiedParagraph, notifiedParagraphs } from './notifications';

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
