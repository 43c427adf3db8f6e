import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Facts that do not apply are left out rather than shown empty. */
  hidden?: boolean;
}

/**
 * One column of labels as wide as the longest (up to 45 % of the list), so every value starts at
 * the same place: with DataList's fixed minimum, a longer label ("Période en America/Mexico_City")
 * pushed its value out of line with the others. Beyond 45 % a label wraps.
 */
const ALIGNED = {
  root: {
    display: 'grid',
    gridTemplateColumns: 'fit-content(45%) minmax(0, 1fr)',
    columnGap: 'var(--mantine-spacing-md)',
  },
  item: { display: 'contents' },
} as const;

/** A short label/value description list. */
export const Facts = ({ facts, testId }: { facts: Fact[]; testId?: string }) => (
  <DataList styles={ALIGNED} data-testid={testId}>
    {facts
      .filter((fact) => !fact.hidden)
      .map((fact) => (
        <DataList.Item key={fact.label}>
          <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
          <DataList.ItemValue>{fact.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
  </DataList>
);
