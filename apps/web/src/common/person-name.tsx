import { Text } from '@mantine/core';

/** A person in a table cell: the name, with the e-mail address under it. */
export const PersonName = ({ name, email }: { name: string; email: string }) => (
  <>
    <Text fw={600} size="sm">
      {name}
    </Text>
    <Text size="xs" c="dimmed">
      {email}
    </Text>
  </>
);
