import type { SpeakersList } from '@concordia/contracts';
import { useEffect, useRef, useState } from 'react';

/** A button on one entry of the queue. */
export type EntryControl = 'give' | 'up' | 'down' | 'remove';

/**
 * Where an entry's button is drawn: in the card (the console's list, the next line above the text)
 * or in the whole queue opened from "N waiting", which is tried first while it is open: the
 * chair working through it stays in it.
 */
export type EntryPlace = 'card' | 'queue';

/**
 * Where the keyboard focus goes once the list the server sent back is drawn: the control a user
 * pressed is often gone with the answer (the entry left the queue, the turn ended), and without
 * this the focus falls to the page's start. For an entry, its controls are tried in order.
 */
export type SpeakersFocus =
  'withdraw' | 'request' | 'end' | 'heading' | { entryId: string; controls: readonly EntryControl[] };

/** After the chair removed the entry that was at `index`: the same button on the entry now there, else on the new last one. */
export const focusAfterRemoval = (answer: SpeakersList, index: number): SpeakersFocus => {
  const next = answer.queue[index] ?? answer.queue[answer.queue.length - 1];
  return next ? { entryId: next.id, controls: ['remove'] } : 'heading';
};

/** After a turn ended: giving the floor to whoever is first in the queue, the chair's next move. */
export const focusAfterTurn = (answer: SpeakersList): SpeakersFocus => {
  const first = answer.queue[0];
  return first ? { entryId: first.id, controls: ['give'] } : 'heading';
};

type Focusable = HTMLButtonElement | HTMLHeadingElement;

/**
 * Refs for every control the focus may go to, and `focusAfter` to ask for one. The move waits
 * until the panel is no longer busy: busy buttons are disabled and cannot take the focus.
 * A target that is not drawn (the chair's buttons went at the closing time) falls to the
 * list's heading, which is focusable from script only.
 */
export const useSpeakersFocus = (busy: boolean) => {
  const [pending, setPending] = useState<SpeakersFocus | null>(null);
  const withdraw = useRef<HTMLButtonElement>(null);
  const request = useRef<HTMLButtonElement>(null);
  const end = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // "N waiting": where "Withdraw" is reached when one's request is not the next (its button is in the queue).
  const queue = useRef<HTMLButtonElement>(null);
  const entries = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (pending === null || busy) return;
    const usable = (el: Focusable | null | undefined): el is Focusable =>
      // Drawn (a hidden button does not take the focus) and enabled.
      el != null &&
      el.isConnected &&
      el.getClientRects().length > 0 &&
      !(el instanceof HTMLButtonElement && el.disabled);
    const candidates: Array<Focusable | null | undefined> =
      typeof pending === 'object'
        ? pending.controls.flatMap((control) =>
            (['queue', 'card'] as const).map((place) => entries.current.get(`${pending.entryId} ${control} ${place}`)),
          )
        : pending === 'withdraw'
          ? [withdraw.current, queue.current]
          : [{ request, end, heading }[pending].current];
    (candidates.find(usable) ?? (usable(heading.current) ? heading.current : null))?.focus();
    setPending(null);
  }, [pending, busy]);

  /** A ref callback for one control of one entry, drawn at `place`. */
  const entryRef =
    (entryId: string, control: EntryControl, place: EntryPlace = 'card') =>
    (el: HTMLButtonElement | null) => {
      if (el) entries.current.set(`${entryId} ${control} ${place}`, el);
      else entries.current.delete(`${entryId} ${control} ${place}`);
    };

  return { refs: { withdraw, request, end, heading, queue }, entryRef, focusAfter: setPending };
};
