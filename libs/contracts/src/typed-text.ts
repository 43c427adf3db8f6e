import { z } from 'zod';

/**
 * Characters nobody means to type and no page can show: C0 and C1 controls (tab, line feed and
 * carriage return apart), halves of a broken surrogate pair (with the `u` flag a surrogate range
 * matches only an unpaired one) and the noncharacters U+FFFE/U+FFFF. Text pasted from a word
 * processor or a PDF brings them in; a name made of one shows as an empty box.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const UNSHOWABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
/** Line breaks as a word processor writes them (vertical tab for Shift+Enter, form feed for a page). */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are breaks to convert
const BREAKS = /\r\n?|[\u000B\u000C\u2028\u2029]/gu;
/** Something that shows: text of nothing but spaces, zero-width and format characters is blank. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/** Text as it is stored: breaks as line feeds, nothing unshowable, blank as empty. */
export function cleanTypedText(text: string, multiline: boolean): string {
  const broken = text.replace(BREAKS, '\n').replace(UNSHOWABLE, '');
  const kept = multiline ? broken : broken.replace(/\s*[\t\n]+\s*/gu, ' ');
  return VISIBLE.test(kept) ? kept : '';
}

/**
 * A line a person typed (a name, a title, a label), up to `max` characters once cleaned: line
 * breaks and tabs become one space, unshowable characters go, and text with nothing visible is
 * empty, so that `.min(1)` reads it as missing. Cleaning rather than refusing: a title pasted
 * from a document with a stray control character is what the person meant.
 */
export const typedLine = (max: number) =>
  z
    .string()
    .overwrite((text) => cleanTypedText(text, false))
    .trim()
    .max(max);

/** Text a person typed over several lines (a comment, a statement, a reason): as typedLine, line breaks kept. */
export const typedText = (max: number) =>
  z
    .string()
    .overwrite((text) => cleanTypedText(text, true))
    .trim()
    .max(max);
