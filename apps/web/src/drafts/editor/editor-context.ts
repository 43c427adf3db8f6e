import type { Section, VersionOperation } from '@concordia/contracts';
import { createContext, useContext } from 'react';
import type { Slot, Unsaved, UnsavedTexts } from './unsaved-texts';

/** What every editor row needs: the version on screen, the typed texts, and the way to send an edit. */
export interface EditorControls {
  sections: readonly Section[];
  pending: boolean;
  texts: UnsavedTexts;
  open: (slot: Slot, base: string) => void;
  change: (slot: Slot, text: string) => void;
  /** Keeps the typed text but records that it was checked against this saved text. */
  rebase: (slot: Slot, base: string) => void;
  /** Drops the slot's text (cancel, or after it was saved). */
  close: (slot: Slot) => void;
  /**
   * Sends an operation; once applied the slot, if any, is closed and `onApplied` runs. After a
   * failure the slot's text stays where it was typed.
   */
  run: (operation: VersionOperation, slot?: Slot, onApplied?: () => void) => void;
  askDelete: (paragraphKey: string) => void;
}

export const EditorContext = createContext<EditorControls | null>(null);

export const useEditor = (): EditorControls => {
  const controls = useContext(EditorContext);
  if (!controls) throw new Error('useEditor outside the working-version editor');
  return controls;
};

export const unsavedIn = (controls: EditorControls, slot: Slot): Unsaved | undefined => controls.texts[slot];
