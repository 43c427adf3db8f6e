import { Text } from '@mantine/core';

/**
 * An address has no spaces to wrap at: a long one (firstname.lastname@mission.example) would
 * widen its column until the table scrolls, hiding the row's actions. It may break anywhere.
 */
const BREAK_ANYWHERE = { overflowWrap: 'anywhere' } as const;

/** A person in a table cell: the name, with the e-mail address under it. */
export const PersonName = ({ name, email }: { name: string; email: string }) => (
  <>
    <Text fw={600} size="sm" style={BREAK_ANYWHERE}>
      {name}
    </Text>
    <Text size="xs" c="dimmed" style={BREAK_ANYWHERE}>
      {email}
    </Text>
  </>
);
