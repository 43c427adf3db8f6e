import { Anchor, Group, Title } from '@mantine/core';
import { Link } from 'react-router';

interface ProcessSectionHeadingProps {
  /** Id of the title, which names the section for assistive technology. */
  titleId: string;
  title: string;
  processId: string;
  linkLabel: string;
}

/** Heads a section about one process, with the way to that process's page. */
export const ProcessSectionHeading = ({ titleId, title, processId, linkLabel }: ProcessSectionHeadingProps) => (
  <Group justify="space-between" mb="sm">
    <Title order={3} size="h4" id={titleId}>
      {title}
    </Title>
    <Anchor component={Link} to={`/processes/${processId}`} size="sm">
      {linkLabel}
    </Anchor>
  </Group>
);
