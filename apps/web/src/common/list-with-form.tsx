import { Grid } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListWithFormProps {
  list: ReactNode;
  /** The form that adds to the list; without one the list takes the whole width. */
  form?: ReactNode;
  /** Columns of twelve the list takes on large screens; the form has the rest. */
  listSpan?: number;
}

/** A list with the form that adds to it beside it on large screens, below it on small ones. */
export const ListWithForm = ({ list, form, listSpan = 8 }: ListWithFormProps) =>
  form ? (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: listSpan }}>{list}</Grid.Col>
      <Grid.Col span={{ base: 12, lg: 12 - listSpan }}>{form}</Grid.Col>
    </Grid>
  ) : (
    list
  );
