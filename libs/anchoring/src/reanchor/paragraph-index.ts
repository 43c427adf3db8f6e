/** Words, lower-cased, in any script. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Rarest words of a quote looked up: enough to find where it went, few enough to stay cheap. */
const LOOKUP_WORDS = 8;

/**
 * Which paragraphs of a version contain which words, to find where a quote went when its own
 * paragraph no longer holds it, without scanning the whole version for every annotation.
 */
export class ParagraphIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(texts: readonly string[]) {
    texts.forEach((text, index) => {
      for (const word of new Set(words(text))) {
        const list = this.postings.get(word);
        if (list === undefined) this.postings.set(word, [index]);
        else list.push(index);
      }
    });
  }

  /** Up to `limit` paragraph indexes sharing most of the quote's rarest words, most first. */
  candidates(quote: string, limit: number): number[] {
    const lists = [...new Set(words(quote))]
      .map((word) => this.postings.get(word))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length)
      .slice(0, LOOKUP_WORDS);
    const hits = new Map<number, number>();
    for (const list of lists) for (const index of list) hits.set(index, (hits.get(index) ?? 0) + 1);
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index]) => index);
  }
}
