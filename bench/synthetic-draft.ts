/**
 * A synthetic negotiation draft and a revision of it with a known ground truth. The prose is
 * made up from a seeded generator (no real document is copied), so every run sees the same text.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough to pick words. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Word lists are written '|'-separated to keep them readable. */
function words(list: string): readonly string[] {
  return list.split('|');
}

const SUBJECTS = words(
  'States|participating States|delegations|the secretariat|regional consultative processes|' +
    'countries of origin|countries of transit|countries of destination|international organisations|' +
    'civil society partners|national authorities|the chair|local administrations|expert groups|' +
    'parliaments|donor agencies|border services|labour ministries|diaspora associations|' +
    'research institutes',
);
const VERBS = words(
  'recognise|encourage|underline|support|strengthen|promote|consider|review|welcome|facilitate|' +
    'coordinate|examine|acknowledge|reaffirm|develop|improve|monitor|share|harmonise|document|' +
    'finance|evaluate|clarify|extend|simplify|protect|invite|endorse|prioritise|sustain',
);
const ADJECTIVES = words(
  'orderly|humane|comprehensive|balanced|predictable|regional|bilateral|multilateral|voluntary|' +
    'practical|coherent|transparent|flexible|long-term|seasonal|temporary|circular|irregular|regular|' +
    'skilled|vulnerable|national|cross-border|joint|reliable|timely|gender-sensitive|evidence-based|' +
    'informal|effective|shared|consular|technical|statistical|legal',
);
const NOUNS = words(
  'cooperation|dialogue|partnership|capacity|framework|mobility|integration|return|readmission|' +
    'recruitment|remittances|labour markets|data collection|border management|asylum procedures|' +
    'family reunification|trafficking prevention|smuggling networks|health services|education|' +
    'housing|employment|training|visa policies|consular assistance|development planning|' +
    'public information|legislation|identity documents|emergency response|climate displacement|' +
    'diaspora engagement|reception conditions|qualification recognition|social protection|' +
    'pension portability|early warning|information exchange|policy coherence|best practices|' +
    'pilot projects|funding mechanisms|national strategies|regional agreements|technical assistance|' +
    'monitoring indicators|complaint mechanisms|language courses|skills partnerships|migrant workers',
);
const PREPOSITIONS = ['in', 'for', 'through', 'across', 'within', 'towards', 'under', 'alongside', 'beyond', 'among'];
const ADVERBS = ['jointly', 'regularly', 'actively', 'progressively', 'further', 'systematically', 'consistently'];
const OPENERS = words(
  'In this context|To that end|At the same time|Where appropriate|In particular|' +
    'Without prejudice to national competence|As a matter of priority|Building on previous rounds|' +
    'Subject to available resources|In consultation with partners',
);
const PLACES = words(
  'the region|border areas|urban centres|rural districts|coastal states|landlocked countries|' +
    'small island states|transit corridors',
);

function nounPhrase(random: Random): string {
  const head = `${random() < 0.7 ? `${pick(random, ADJECTIVES)} ` : ''}${pick(random, NOUNS)}`;
  if (random() < 0.4) return `${head} of ${pick(random, NOUNS)}`;
  if (random() < 0.3) return `${head} ${pick(random, PREPOSITIONS)} ${pick(random, PLACES)}`;
  return head;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentence(random: Random): string {
  const adverb = random() < 0.3 ? `${pick(random, ADVERBS)} ` : '';
  const main = `${pick(random, SUBJECTS)} ${adverb}${pick(random, VERBS)} ${nounPhrase(random)}`;
  const extension =
    random() < 0.5
      ? ` and ${pick(random, VERBS)} ${nounPhrase(random)}`
      : random() < 0.5
        ? ` ${pick(random, PREPOSITIONS)} ${nounPhrase(random)}`
        : `, with a view to ${nounPhrase(random)} and ${nounPhrase(random)}`;
  const opener = random() < 0.35 ? `${pick(random, OPENERS)}, ` : '';
  return `${capitalise(`${opener}${main}${extension}`)}.`;
}

export function paragraphText(random: Random): string {
  return Array.from({ length: between(random, 3, 6) }, () => sentence(random)).join(' ');
}

function heading(random: Random): string {
  return capitalise(`${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} and ${pick(random, NOUNS)}`);
}

export interface SyntheticSection {
  heading: string;
  paragraphs: string[];
}

/** A draft of `count` paragraphs with a new section about every `perSection` paragraphs. */
export function generateDraft(random: Random, count: number, perSection: number): SyntheticSection[] {
  const sections: SyntheticSection[] = [];
  let remaining = count;
  while (remaining > 0) {
    const size = Math.min(remaining, between(random, perSection - 5, perSection + 5));
    sections.push({ heading: heading(random), paragraphs: Array.from({ length: size }, () => paragraphText(random)) });
    remaining -= size;
  }
  return sections;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Plain text the way a secretariat types it: "II. Heading", numbered paragraphs, blank lines. */
export function render(sections: SyntheticSection[]): string {
  let number = 1;
  return sections
    .map(
      (section, s) =>
        `${roman(s + 1)}. ${section.heading}\n\n${section.paragraphs.map((p) => `${number++}. ${p}`).join('\n\n')}`,
    )
    .join('\n\n');
}

export interface Revision {
  sections: SyntheticSection[];
  /** For each paragraph of the revision (document order), the base paragraph it revises, or null if new. */
  sources: (number | null)[];
  /** Base paragraphs (document order) that the revision drops. */
  removed: number[];
  edited: number;
  moved: number;
  added: number;
}

export interface RevisionShares {
  edited: number;
  moved: number;
  added: number;
  removed: number;
}

function sample(random: Random, pool: number[], count: number): number[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

/** A delegate-style amendment: some words replaced, a phrase inserted, words deleted, a sentence added. */
export function amend(random: Random, text: string): string {
  const words = text.split(' ');
  const operations = between(random, 1, 3);
  for (let k = 0; k < operations; k += 1) {
    const at = between(random, 1, words.length - 2);
    const choice = random();
    if (choice < 0.35) words.splice(at, between(random, 1, 3), ...nounPhrase(random).split(' '));
    else if (choice < 0.6) words.splice(at, 0, ...`${pick(random, PREPOSITIONS)} ${nounPhrase(random)}`.split(' '));
    else if (choice < 0.85) words.splice(at, between(random, 1, 4));
    else words.push(...sentence(random).split(' '));
  }
  return words.join(' ');
}

interface Item {
  text: string;
  section: number;
  source: number | null;
}

export function revise(random: Random, base: SyntheticSection[], shares: RevisionShares): Revision {
  const items: Item[] = base
    .flatMap((section, s) => section.paragraphs.map((text) => ({ text, section: s })))
    .map((item, source) => ({ ...item, source }));
  const total = items.length;
  const pool = items.map((_, i) => i);
  const chosen = sample(random, pool, Math.round(total * (shares.edited + shares.moved + shares.removed)));
  const removed = new Set(chosen.slice(0, Math.round(total * shares.removed)));
  const moved = new Set(chosen.slice(removed.size, removed.size + Math.round(total * shares.moved)));
  const edited = new Set(chosen.slice(removed.size + moved.size));

  const kept: Item[] = [];
  const movers: Item[] = [];
  for (const item of items) {
    const index = item.source as number;
    if (removed.has(index)) continue;
    const revised = edited.has(index) ? { ...item, text: amend(random, item.text) } : item;
    if (moved.has(index)) movers.push(revised);
    else kept.push(revised);
  }
  // Moves go at least 20 paragraphs away, so they are real moves and not swaps of neighbours.
  for (const mover of movers) {
    const origin = kept.findIndex((item) => (item.source as number) > (mover.source as number));
    let at = between(random, 1, kept.length - 1);
    while (Math.abs(at - origin) < 20) at = between(random, 1, kept.length - 1);
    kept.splice(at, 0, { ...mover, section: kept[at - 1].section });
  }
  const addedCount = Math.round(total * shares.added);
  for (let k = 0; k < addedCount; k += 1) {
    const at = between(random, 1, kept.length - 1);
    kept.splice(at, 0, { text: paragraphText(random), section: kept[at - 1].section, source: null });
  }

  const sections: SyntheticSection[] = base.map((section) => ({ heading: section.heading, paragraphs: [] }));
  for (const item of kept) sections[item.section].paragraphs.push(item.text);
  return {
    sections: sections.filter((section) => section.paragraphs.length > 0),
    sources: kept.map((item) => item.source),
    removed: [...removed].sort((a, b) => a - b),
    edited: edited.size,
    moved: moved.size,
    added: addedCount,
  };
}
