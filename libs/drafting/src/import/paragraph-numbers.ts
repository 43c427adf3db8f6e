import { NUMBER_SUFFIXES } from './patterns';

/** A paragraph number split into its integer and its Latin suffix index (0 none, 1 "bis"...). */
export interface NumberParts {
  base: number;
  suffix: number;
}

/** "12" -> {12, 0}; "12 bis" -> {12, 1}; anything else -> null. */
export function parseNumber(number: string): NumberParts | null {
  const match = /^(\d+)(?: ([a-z]+))?$/.exec(number);
  if (!match) return null;
  const suffix = match[2] === undefined ? 0 : NUMBER_SUFFIXES.indexOf(match[2] as (typeof NUMBER_SUFFIXES)[number]) + 1;
  if (match[2] !== undefined && suffix === 0) return null;
  return { base: Number(match[1]), suffix };
}

/** Canonical form of a number as written: "047" -> "47", "12BIS" / "12bis" -> "12 bis". */
export function canonicalNumber(digits: string, suffix: string | undefined): string {
  const base = String(Number(digits));
  return suffix ? `${base} ${suffix.toLowerCase()}` : base;
}

/**
 * The number for an unnumbered paragraph after `previous`: the next integer, or, when the
 * document already uses that integer, the UN way of inserting ("12 bis", "12 ter"...).
 */
export function nextFreeNumber(previous: string | null, taken: ReadonlySet<string>): string {
  const parts = partsOf(previous);
  const following = String(parts.base + 1);
  if (!taken.has(following)) return following;
  for (let suffix = parts.suffix + 1; suffix <= NUMBER_SUFFIXES.length; suffix += 1) {
    const candidate = `${parts.base} ${NUMBER_SUFFIXES[suffix - 1]}`;
    if (!taken.has(candidate)) return candidate;
  }
  // More than ten insertions after one paragraph: fall back to a decimal sub-number.
  for (let sub = 1; ; sub += 1) {
    const candidate = `${parts.base}.${sub}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Parts of any number; a decimal one ("12.1") has used up its suffixes. */
function partsOf(number: string | null): NumberParts {
  if (number === null) return { base: 0, suffix: 0 };
  const parsed = parseNumber(number);
  if (parsed) return parsed;
  const lead = /^\d+/.exec(number);
  return { base: lead ? Number(lead[0]) : 0, suffix: NUMBER_SUFFIXES.length };
}

/** Whether `next` is the number that should follow `previous` in an unbroken sequence. */
export function follows(previous: string, next: string): boolean {
  const a = parseNumber(previous);
  const b = parseNumber(next);
  if (!a || !b) return true;
  return (b.base === a.base + 1 && b.suffix === 0) || (b.base === a.base && b.suffix === a.suffix + 1);
}
