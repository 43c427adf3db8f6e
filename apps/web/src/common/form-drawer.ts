import { createContext, useContext } from 'react';

/** What a form held in a drawer may ask of it. */
export interface FormDrawer {
  /** Once what it added shows in the list. */
  close: () => void;
  /** When it holds what the user left unsent last time, to show it. */
  open: () => void;
}

export const FormDrawerContext = createContext<FormDrawer | null>(null);

/** The drawer that holds this form, or null when the form stands on the page itself. */
export const useFormDrawer = (): FormDrawer | null => useContext(FormDrawerContext);
