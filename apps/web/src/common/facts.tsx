import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Facts that do not apply are left out rather than shown empty. */
  hidden?: boolean;
}

/** A short label/value description list. */
export const Facts = ({ facts, testId }: { facts: Fact[]; testId?: string }) => (
  <DataList labelWidth={150} data-testid={testId}>
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
