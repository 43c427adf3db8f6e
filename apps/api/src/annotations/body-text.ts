/**
 * Annotation bodies are stored as their source: plain text or a safe Markdown subset, which the
 * web renders without ever interpreting HTML. HTML is still removed here, so no stored body
 * carries markup whatever a future renderer does. Angle brackets that do not form a tag
 * ("a < b", "> quoted") are kept: they are ordinary text and Markdown.
 */
const DANGEROUS_BLOCK = /<(script|style|iframe|object|embed|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
// Control characters other than tab and newlines have no place in a comment.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function stripHtml(source: string): string {
  let text = source.replace(CONTROL, '');
  // Repeat until stable: removing one tag must not assemble another ("<scr<b>ipt>").
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(DANGEROUS_BLOCK, '').replace(COMMENT, '').replace(TAG, '');
  }
  return text.trim();
}

export interface MentionTarget {
  id: string;
  code: string;
  name: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Delegations named in the text as `@CODE` (exact code) or `@Name` (their name, any case). A
 * mention must end at a non-word character, so `@MEXICO` does not mention "MEX". Longer names
 * are tried first so "@South Sudan" is not read as "@South".
 */
export function findMentions(text: string, targets: readonly MentionTarget[]): string[] {
  const found = new Set<string>();
  for (const target of targets) {
    const byCode = new RegExp(`@${escapeRegExp(target.code)}(?![\\p{L}\\p{N}_])`, 'u');
    const byName = new RegExp(`@${escapeRegExp(target.name)}(?![\\p{L}\\p{N}_])`, 'iu');
    if (byCode.test(text) || byName.test(text)) found.add(target.id);
  }
  return [...found];
}
