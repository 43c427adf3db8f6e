import { Text } from '@mantine/core';
import { Fragment } from 'react';

/**
 * An address has no spaces to wrap at: a long one (firstname.lastname@mission.example) would
 * widen its column until the table scrolls, hiding the row's actions. It may break anywhere.
 */
const BREAK_ANYWHERE = { overflowWrap: 'anywhere' } as const;

/**
 * Where an address is best broken, as typographers break it: after the @, before a dot. The
 * browser takes these first and breaks elsewhere only when a part is wider than the column
 * ("chair@" / "concordia.test", not "chair@concordia.tes" / "t").
 */
const addressParts = (email: string): string[] => email.split(/(?<=@)|(?=\.)/);

const BreakableAddress = ({ email }: { email: string }) =>
  addressParts(email).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));

/** A person in a table cell: the name, with the e-mail address under it. */
export const PersonName = ({ name, email }: { name: string; email: string }) => (
  <>
    <Text fw={600} size="sm" style={BREAK_ANYWHERE}>
      {name}
    </Text>
    <Text size="xs" c="dimmed" style={BREAK_ANYWHERE}>
      <BreakableAddress email={email} />
    </Text>
  </>
);
