import type { WorkingAmendment } from '@concordia/contracts';
import { createContext, useContext } from 'react';

/** The amendments of the draft's rounds, as the working editor's rows read them. */
export interface EditorAmendments {
  /** The amendments placed on a paragraph, in the server's order (accepted first). */
  of: (paragraphKey: string) => readonly WorkingAmendment[];
  /** Amendments re-anchoring could not place in the latest published version. */
  orphans: readonly WorkingAmendment[];
}

const NONE: EditorAmendments = { of: () => [], orphans: [] };

export const AmendmentsContext = createContext<EditorAmendments>(NONE);

export const useEditorAmendments = (): EditorAmendments => useContext(AmendmentsContext);
