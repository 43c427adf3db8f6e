/**
 * Offsets are UTF-16 code units, as in JavaScript strings and the browser's Selection/Range API,
 * so a client's offsets need no conversion. A span must not cut a surrogate pair in two.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Moves an offset that cuts a pair to the pair's start (`towards` -1) or end (+1). */
export function snap(text: string, offset: number, towards: -1 | 1): number {
  return splitsPair(text, offset) ? offset + (towards === -1 ? -1 : 1) : offset;
}

/** Characters `a` and `b` share from their starts. */
export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

/** Characters `a` and `b` share at their ends. */
export function commonSuffixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}
