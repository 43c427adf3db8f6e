import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps {
  /** Header cells, in column order; the list is fixed for a table, so positions serve as keys. */
  columns: ReactNode[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  /** The body rows. */
  children: ReactNode;
}

export const DataTable = ({
  columns,
  minWidth,
  testId,
  striped = true,
  highlightOnHover,
  children,
}: DataTableProps) => (
  <Table.ScrollContainer minWidth={minWidth}>
    <Table
      verticalSpacing="sm"
      striped={striped}
      highlightOnHover={highlightOnHover}
      className="data-table"
      data-testid={testId}
    >
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, index) => (
            <Table.Th key={index}>{column}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);
