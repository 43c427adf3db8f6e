import { Button, Drawer, Group } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { FormDrawerContext, type FormDrawer } from './form-drawer';
import { useNarrowScreen } from './narrow-screen';
import { PageHeader } from './page-header';

/**
 * A search parameter that opens the page's main form at once: a link that names the action
 * ("Schedule a round" on a process's page) lands on the form, not on a second button to press.
 */
export const OPEN_FORM_PARAM = 'add';

/** The path of a list page with its main form open. */
export const withFormOpen = (path: string): string => `${path}${path.includes('?') ? '&' : '?'}${OPEN_FORM_PARAM}=1`;

export interface ListForm {
  /** The action in words: the button that opens the form says it, and it titles the drawer. */
  title: string;
  /** The form; it stays mounted while its drawer is closed. */
  form: ReactNode;
  /** Names the button that opens the form, for browser specs. */
  testId: string;
}

interface ListWithFormProps {
  /** The page's title; the buttons stand beside it, where a page's actions are. */
  title: string;
  description?: ReactNode;
  list: ReactNode;
  /** The forms that add to the list, the main one first; none for a user who may not add to it. */
  forms?: ListForm[];
}

const withoutOpenForm = (current: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(current);
  next.delete(OPEN_FORM_PARAM);
  return next;
};

/**
 * A page's list across its whole width (a table beside a form was cut or wrapped at 1280 px),
 * with a button beside the page's title for each form that adds to it, which opens that form in a
 * drawer. A closed drawer keeps its form mounted: what was typed is there again on reopening,
 * until sent.
 */
export const ListWithForm = ({ title, description, list, forms = [] }: ListWithFormProps) => {
  const narrow = useNarrowScreen();
  const [params, setParams] = useSearchParams();
  // A form may come a moment later (once the page knows its process): its drawer opens then.
  const [opened, setOpened] = useState<number | null>(() => (params.has(OPEN_FORM_PARAM) ? 0 : null));
  const openedFromLink = params.has(OPEN_FORM_PARAM);
  // Read when the drawer closes, not when the handles are made: a form's handles keep their
  // identity as the address changes (closing a drawer opened with ?add=1 changes it), so a form
  // may depend on them in an effect without that effect running again.
  const leaving = useRef({ openedFromLink, setParams });
  useLayoutEffect(() => {
    leaving.current = { openedFromLink, setParams };
  });
  const close = useCallback(() => {
    setOpened(null);
    // Once closed, a reload shows the list, as any other visit does.
    if (leaving.current.openedFromLink) leaving.current.setParams(withoutOpenForm, { replace: true });
  }, []);

  return (
    <>
      <PageHeader
        title={title}
        description={description}
        descriptionBelow
        actions={
          forms.length > 0 && (
            <Group gap="sm">
              {forms.map((form, index) => (
                <Button
                  key={form.testId}
                  variant={index === 0 ? 'filled' : 'default'}
                  onClick={() => setOpened(index)}
                  data-testid={form.testId}
                >
                  {form.title}
                </Button>
              ))}
            </Group>
          )
        }
      />
      {list}
      {forms.map((form, index) => (
        <Drawer
          key={form.testId}
          opened={opened === index}
          onClose={close}
          title={form.title}
          position="right"
          size={narrow ? '100%' : 'lg'}
          // Hidden, not paused: a form's effects (the leave warning over unsent text) still hold.
          keepMounted
          keepMountedMode="display-none"
        >
          <InDrawer index={index} close={close} open={setOpened}>
            {form.form}
          </InDrawer>
        </Drawer>
      ))}
    </>
  );
};

/** A form in its drawer, with handles that last as long as the drawer does. */
const InDrawer = ({
  index,
  close,
  open,
  children,
}: {
  index: number;
  close: () => void;
  open: (index: number) => void;
  children: ReactNode;
}) => {
  const drawer = useMemo<FormDrawer>(() => ({ close, open: () => open(index) }), [close, open, index]);
  return <FormDrawerContext.Provider value={drawer}>{children}</FormDrawerContext.Provider>;
};
