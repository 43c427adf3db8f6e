import type { TextChange } from '@concordia/contracts';
import { diffWordsWithSpace } from 'diff';

/**
 * Beyond this many token edits a paragraph was rewritten rather than amended: showing it as one
 * deletion and one insertion is clearer, and it bounds the diff's cost on a 20,000-character text.
 */
const MAX_EDIT_LENGTH = 1_000;

/**
 * Word-level changes turning `from` into `to`. Spaces are tokens too, so the equal and delete
 * parts concatenate to `from` exactly and the equal and insert parts to `to`. Each run of changes
 * reads as one deletion then one insertion, the way an amendment is read.
 */
export function wordChanges(from: string, to: string): TextChange[] {
  if (from === to) return from ? [{ op: 'equal', text: from }] : [];
  const parts = diffWordsWithSpace(from, to, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts)
    return groupRuns([
      { op: 'delete', text: from },
      { op: 'insert', text: to },
    ]);
  return groupRuns(
    parts.map((part): TextChange => ({
      op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
      text: part.value,
    })),
  );
}

/**
 * A lone space kept between two changed words ("-shall +should = +fully") splits one amendment
 * into pieces: it joins the run on both sides. Runs then become one deletion and one insertion.
 */
function groupRuns(changes: TextChange[]): TextChange[] {
  const folded = changes.flatMap((change, i): TextChange[] => {
    const between = i > 0 && i < changes.length - 1 && changes[i - 1].op !== 'equal' && changes[i + 1].op !== 'equal';
    return change.op === 'equal' && between && /^\s+$/.test(change.text)
      ? [
          { op: 'delete', text: change.text },
          { op: 'insert', text: change.text },
        ]
      : [change];
  });

  const result: TextChange[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) result.push({ op: 'delete', text: deleted });
    if (inserted) result.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const change of folded) {
    if (change.op === 'delete') deleted += change.text;
    else if (change.op === 'insert') inserted += change.text;
    else {
      flush();
      const last = result[result.length - 1];
      if (last?.op === 'equal') last.text += change.text;
      else if (change.text) result.push({ ...change });
    }
  }
  flush();
  return result;
}
