import { selectorsFor } from './selectors';
import { findOccurrences } from './word-occurrences';

const TEXT = 'States will cooperate. States will share data. States will report on progress every year.';

describe('findOccurrences', () => {
  it('finds every occurrence in reading order, with the paragraph offsets', () => {
    const found = findOccurrences(TEXT, 'States will');
    expect(found.map((o) => [o.start, o.end])).toEqual([
      [0, 11],
      [23, 34],
      [47, 58],
    ]);
    expect(found.every((o) => TEXT.slice(o.start, o.end) === 'States will')).toBe(true);
  });

  it('shows a few words on each side, marking where the paragraph goes on', () => {
    const [first, second, third] = findOccurrences(TEXT, 'States will');
    expect(first).toMatchObject({ before: '', found: 'States will', after: ' cooperate. States will share…' });
    expect(second).toMatchObject({ before: 'States will cooperate. ', after: ' share data. States will…' });
    expect(third).toMatchObject({ before: '…States will share data. ', after: ' report on progress every…' });
  });

  it('matches any case and any spacing, but reports the paragraph’s own words', () => {
    const found = findOccurrences('Data are shared\nwith  partners.', '  data ARE  shared with ');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: 20, found: 'Data are shared\nwith' });
  });

  it('treats typed punctuation literally', () => {
    const text = 'See article 3 (a) and article 3(a).';
    expect(findOccurrences(text, '3 (a)').map((o) => o.start)).toEqual([12]);
    expect(findOccurrences(text, 'a.')).toEqual([]);
    expect(findOccurrences(text, '3(a).')).toHaveLength(1);
  });

  it('finds nothing for blank or absent words', () => {
    expect(findOccurrences(TEXT, '   ')).toEqual([]);
    expect(findOccurrences(TEXT, 'States shall')).toEqual([]);
  });

  it('keeps offsets right after letters whose case pairs differ in length', () => {
    const text = 'İstanbul hosts the forum; the forum meets in İzmir.';
    const [second] = findOccurrences(text, 'THE FORUM').slice(1);
    expect(second && text.slice(second.start, second.end)).toBe('the forum');
  });

  it('ignores accents as the Find tab does, quoting the paragraph’s own accented words', () => {
    const text = 'L’État partie informe la Reunión: l’état de la reunión.';
    const found = findOccurrences(text, 'etat');
    expect(found.map((o) => o.found)).toEqual(['État', 'état']);
    expect(found.every((o) => text.slice(o.start, o.end) === o.found)).toBe(true);
    expect(findOccurrences(text, 'REUNION').map((o) => o.found)).toEqual(['Reunión', 'reunión']);
    expect(findOccurrences(text, 'la reunión')[1]).toMatchObject({ found: 'la reunión', after: '.' });
  });

  it('keeps offsets right where folding changes the length of the text', () => {
    // "ﬁ" folds to two letters and a written-apart accent to none: offsets must still be the text's.
    const text = 'İzmir: ﬁnal Straße re\u0301union, then the reunion closes.';
    const quote = (words: string) => findOccurrences(text, words).map((o) => text.slice(o.start, o.end));
    expect(quote('izmir')).toEqual(['İzmir']);
    expect(quote('final straẞe')).toEqual(['ﬁnal Straße']);
    expect(quote('réunion')).toEqual(['re\u0301union', 'reunion']);
    expect(quote('the reunion closes')).toEqual(['the reunion closes']);
    // A word ending on an accented letter keeps the accent written after it.
    expect(quote('STRASSE re')).toEqual([]);
    expect(quote('straße re')).toEqual(['Straße re\u0301']);
  });

  it('quotes accented words with the selectors a mouse selection makes', () => {
    const text = 'Le Comité note la réunion du Comité.';
    const second = findOccurrences(text, 'comite')[1];
    if (!second) throw new Error('second occurrence missing');
    const mouse = selectorsFor(text, { start: text.lastIndexOf('Comité'), end: text.length - 1 });
    expect(selectorsFor(text, second)).toEqual(mouse);
    expect(mouse?.quote.exact).toBe('Comité');
  });

  it('yields the very selectors a mouse selection of the same words makes', () => {
    const second = findOccurrences(TEXT, 'states WILL')[1];
    if (!second) throw new Error('second occurrence missing');
    const mouse = selectorsFor(TEXT, { start: TEXT.indexOf('States will share'), end: 34 });
    expect(selectorsFor(TEXT, second)).toEqual(mouse);
    expect(mouse?.quote.exact).toBe('States will');
  });
});
