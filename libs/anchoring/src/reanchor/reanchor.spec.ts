import type { Section } from '@concordia/contracts';
import { describeSpan, selectorsMatch } from '../span/describe-span';
import { reanchor, type ReanchorInput, type ReanchorOutcome } from './reanchor';

type Texts = Record<string, string>;

/** One section per group of keyed paragraphs, numbered in order. */
function version(...groups: Texts[]): Section[] {
  let number = 1;
  return groups.map((group, s) => ({
    key: `s${s}`,
    heading: `Part ${s + 1}`,
    paragraphs: Object.entries(group).map(([key, text]) => ({ key, number: String(number++), text })),
  }));
}

function on(id: string, key: string, text: string, quote: string, occurrence = 0): ReanchorInput {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in ${key}`);
  return { id, paragraphKey: key, selectors: describeSpan(text, at, at + quote.length) };
}

function textOf(sections: Section[], outcome: ReanchorOutcome): string | null {
  const paragraph = sections.flatMap((s) => s.paragraphs).find((p) => p.key === outcome.paragraphKey);
  if (paragraph === undefined || outcome.selectors === null) return null;
  // Whatever the method, the new selectors must describe the new text.
  expect(selectorsMatch(paragraph.text, outcome.selectors)).toBe(true);
  return paragraph.text.slice(outcome.selectors.position.start, outcome.selectors.position.end);
}

const P1 =
  'Participating States recognise that labour migration can contribute to development in countries of origin ' +
  'and of destination when it is safe, orderly and regular.';
const P2 =
  'They undertake to simplify the recognition of qualifications obtained abroad, in particular for nurses, ' +
  'teachers and engineers, and to publish the requirements in plain language.';
const P3 =
  'The secretariat shall prepare, before the next meeting, a compilation of national practices on fair ' +
  'recruitment, drawing on the submissions received from delegations.';
const P4 =
  'Regional consultative processes are invited to share the findings of their pilot projects on seasonal ' +
  'work with the steering committee, which will report back to the plenary.';

const FROM = version({ a: P1, b: P2 }, { c: P3, d: P4 });

describe('reanchor', () => {
  it("keeps every span 'exact' when the text is unchanged, even renumbered or moved to another section", () => {
    const to = version({ x: 'A new opening paragraph on the scope of this text.', b: P2, a: P1 }, { d: P4, c: P3 });
    const inputs = [on('1', 'a', P1, 'safe, orderly and regular'), on('2', 'c', P3, 'fair recruitment')];
    const outcomes = reanchor(inputs, FROM, to);
    expect(outcomes).toEqual([
      { id: '1', status: 'anchored', method: 'exact', paragraphKey: 'a', selectors: inputs[0].selectors },
      { id: '2', status: 'anchored', method: 'exact', paragraphKey: 'c', selectors: inputs[1].selectors },
    ]);
  });

  it("finds a span by 'quote' when its paragraph was edited before it, with selectors for the new text", () => {
    const edited = P2.replace('They undertake to simplify', 'They further undertake, within two years, to simplify');
    const to = version({ a: P1, b: edited }, { c: P3, d: P4 });
    const [outcome] = reanchor([on('1', 'b', P2, 'nurses')], FROM, to);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'b' });
    expect(textOf(to, outcome)).toBe('nurses');
    expect(outcome.selectors?.position.start).toBe(edited.indexOf('nurses'));
  });

  it('tells repeated words apart by their context', () => {
    const text = 'States shall inform the chair. The chair shall inform the plenary, and the plenary shall decide.';
    const from = version({ a: text });
    const to = version({ a: `Unless otherwise agreed, ${text}` });
    const [second, third] = reanchor(
      [on('1', 'a', text, 'shall inform', 1), on('2', 'a', text, 'plenary', 1)],
      from,
      to,
    );
    const newText = to[0].paragraphs[0].text;
    expect(second.selectors?.position.start).toBe(newText.indexOf('shall inform the plenary'));
    expect(third.selectors?.position.start).toBe(newText.lastIndexOf('plenary'));
  });

  it("is 'fuzzy' after a light edit inside the quote", () => {
    const to = version({ a: P1.replace('can contribute', 'contributes'), b: P2 }, { c: P3, d: P4 });
    const [outcome] = reanchor([on('1', 'a', P1, 'labour migration can contribute to development')], FROM, to);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'fuzzy', paragraphKey: 'a' });
    expect(textOf(to, outcome)).toBe('labour migration contributes to development');
  });

  it('orphans a span whose sentence was rewritten', () => {
    const rewritten =
      'The secretariat will gather examples of ethical hiring from member governments ahead of the autumn session.';
    const to = version({ a: P1, b: P2 }, { c: rewritten, d: P4 });
    const [outcome] = reanchor([on('1', 'c', P3, 'a compilation of national practices on fair recruitment')], FROM, to);
    expect(outcome).toEqual({ id: '1', status: 'orphaned', method: null, paragraphKey: null, selectors: null });
  });

  it('orphans the annotations of a deleted paragraph whose text went nowhere', () => {
    const to = version({ a: P1 }, { c: P3, d: P4 });
    const outcomes = reanchor(
      [
        on('1', 'b', P2, 'recognition of qualifications obtained abroad'),
        { id: '2', paragraphKey: 'b', selectors: null },
      ],
      FROM,
      to,
    );
    expect(outcomes.map((o) => [o.id, o.status])).toEqual([
      ['1', 'orphaned'],
      ['2', 'orphaned'],
    ]);
  });

  it('does not put a short common word of a deleted paragraph on another paragraph that happens to hold it', () => {
    const to = version({ a: P1 }, { c: P3, d: P4 });
    // "the" and "delegations" occur in P3, but without any of the old context.
    const outcomes = reanchor([on('1', 'b', P2, 'the', 1), on('2', 'b', P2, 'teachers')], FROM, to);
    expect(outcomes.every((o) => o.status === 'orphaned')).toBe(true);
  });

  it('does not take a set phrase that opened a deleted paragraph for the same phrase inside another', () => {
    const opening = 'In this context, delegations stress the role of local authorities in reception.';
    const from = version({ a: P1, gone: opening }, { c: P3 });
    const elsewhere = `${P3} In this context, delegations stress the need for reliable data.`;
    const to = version({ a: P1 }, { c: elsewhere });
    // The prefix is empty (paragraph start) and the suffix differs: nothing vouches for the match.
    const [outcome] = reanchor([on('1', 'gone', opening, 'In this context, delegations stress the')], from, to);
    expect(outcome.status).toBe('orphaned');
    // The same phrase opening the paragraph that took its place is found, its edge agreeing.
    const moved = version({ a: P1 }, { c: `${opening.replace('reception', 'the reception of arrivals')} ${P3}` });
    const [found] = reanchor([on('1', 'gone', opening, 'In this context, delegations stress the role')], from, moved);
    expect(found).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'c' });
  });

  it('finds the annotations of a paragraph merged into its neighbour', () => {
    const merged = `${P3} ${P4}`;
    const to = version({ a: P1, b: P2 }, { c: merged });
    const [span, whole] = reanchor(
      [on('1', 'd', P4, 'pilot projects on seasonal work'), { id: '2', paragraphKey: 'd', selectors: null }],
      FROM,
      to,
    );
    expect(span).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'c' });
    expect(textOf(to, span)).toBe('pilot projects on seasonal work');
    // The whole-paragraph annotation becomes one on the span that holds the old paragraph.
    expect(whole).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'c' });
    expect(textOf(to, whole)).toBe(P4);
  });

  it('finds a merged paragraph that was also lightly edited, fuzzily', () => {
    const merged = `${P3} ${P4.replace('will report back', 'shall report back')}`;
    const to = version({ a: P1, b: P2 }, { c: merged });
    const [outcome] = reanchor(
      [on('1', 'd', P4, 'steering committee, which will report back to the plenary')],
      FROM,
      to,
    );
    expect(outcome).toMatchObject({ status: 'anchored', method: 'fuzzy', paragraphKey: 'c' });
    expect(textOf(to, outcome)).toBe('steering committee, which shall report back to the plenary');
  });

  it('follows the second half of a split paragraph into the new paragraph', () => {
    const cut = P2.indexOf(', and to publish');
    const first = `${P2.slice(0, cut)}.`;
    const second = `They also undertake${P2.slice(cut + 5)}`;
    const to = version({ a: P1, b: first, b2: second }, { c: P3, d: P4 });
    const outcomes = reanchor(
      [on('1', 'b', P2, 'simplify the recognition'), on('2', 'b', P2, 'publish the requirements in plain language')],
      FROM,
      to,
    );
    expect(outcomes[0]).toMatchObject({ status: 'anchored', method: 'exact', paragraphKey: 'b' });
    expect(outcomes[1]).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'b2' });
    expect(textOf(to, outcomes[1])).toBe('publish the requirements in plain language');
  });

  it('finds a sentence moved to a distant paragraph through the word index', () => {
    const sentence = ' Progress will be reviewed every two years on the basis of voluntary national reports.';
    const from = version({ a: P1 + sentence, b: P2 }, { c: P3, d: P4 });
    const to = version({ a: P1, b: P2 }, { c: P3, d: P4 + sentence });
    const text = from[0].paragraphs[0].text;
    const [outcome] = reanchor(
      [on('1', 'a', text, 'reviewed every two years on the basis of voluntary national reports')],
      from,
      to,
    );
    expect(outcome).toMatchObject({ status: 'anchored', method: 'quote', paragraphKey: 'd' });
  });

  it("keeps whole-paragraph annotations on a surviving key as 'paragraph', whatever its new text", () => {
    const to = version({ a: 'Entirely new wording on labour mobility.', b: P2 }, { c: P3, d: P4 });
    const [outcome] = reanchor([{ id: '1', paragraphKey: 'a', selectors: null }], FROM, to);
    expect(outcome).toEqual({ id: '1', status: 'anchored', method: 'paragraph', paragraphKey: 'a', selectors: null });
  });

  it('moves a whole-paragraph annotation to a paragraph that took the same text under another key', () => {
    const to = version({ a: P1, b: P2 }, { c3: P3, d: P4 });
    const [outcome] = reanchor([{ id: '1', paragraphKey: 'c', selectors: null }], FROM, to);
    expect(outcome).toEqual({ id: '1', status: 'anchored', method: 'paragraph', paragraphKey: 'c3', selectors: null });
  });

  it('never drops an annotation: one outcome per input, in input order, unknown keys and repeats included', () => {
    const to = version({ a: P1 }, { d: P4 });
    const inputs: ReanchorInput[] = [
      on('z', 'd', P4, 'steering committee'),
      { id: 'y', paragraphKey: 'nowhere', selectors: null },
      on('x', 'b', P2, 'nurses'),
      on('z', 'd', P4, 'steering committee'),
      { id: 'w', paragraphKey: 'a', selectors: null },
      on('v', 'nowhere', P2, 'engineers'),
    ];
    const outcomes = reanchor(inputs, FROM, to);
    expect(outcomes.map((o) => [o.id, o.status, o.method])).toEqual([
      ['z', 'anchored', 'exact'],
      ['y', 'orphaned', null],
      ['x', 'orphaned', null],
      ['z', 'anchored', 'exact'],
      ['w', 'anchored', 'paragraph'],
      ['v', 'orphaned', null],
    ]);
  });

  it('orphans everything when the new version is empty, and returns nothing for no input', () => {
    const outcomes = reanchor([on('1', 'a', P1, 'orderly'), { id: '2', paragraphKey: 'a', selectors: null }], FROM, []);
    expect(outcomes.map((o) => o.status)).toEqual(['orphaned', 'orphaned']);
    expect(reanchor([], FROM, version({ a: P1 }))).toEqual([]);
  });

  it('copes with empty paragraphs and degenerate selectors without throwing', () => {
    const from = version({ a: '', b: P2 });
    const to = version({ a: '', b: P2 });
    const degenerate: ReanchorInput = {
      id: '1',
      paragraphKey: 'b',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 4, end: 4 },
      },
    };
    const outcomes = reanchor([degenerate, { id: '2', paragraphKey: 'a', selectors: null }], from, to);
    expect(outcomes).toEqual([
      { id: '1', status: 'orphaned', method: null, paragraphKey: null, selectors: null },
      { id: '2', status: 'anchored', method: 'paragraph', paragraphKey: 'a', selectors: null },
    ]);
  });

  it('carries unicode spans with their UTF-16 offsets', () => {
    const text = 'Les délégations 🇸🇳 et 🇵🇪 proposent : « renforcer la coopération consulaire ».';
    const from = version({ a: text });
    const to = version({ a: text.replace('🇸🇳 et 🇵🇪', '🇸🇳, 🇵🇪 et 🇯🇵') });
    const [outcome] = reanchor([on('1', 'a', text, 'renforcer la coopération consulaire')], from, to);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(textOf(to, outcome)).toBe('renforcer la coopération consulaire');
  });
});
