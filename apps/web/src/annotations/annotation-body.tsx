import type { Annotation } from '@concordia/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../common/format';
import { mentionParts } from './annotation-rules';
import { EditHistory } from './edit-history';

const VISIBILITY_COLORS: Record<Annotation['visibility'], string> = {
  round: 'gray',
  delegation: 'grape',
  secretariat: 'cyan',
};

export const VisibilityBadge = ({ visibility }: { visibility: Annotation['visibility'] }) => {
  const { t } = useTranslation();
  return (
    <Badge
      size="xs"
      variant="light"
      color={VISIBILITY_COLORS[visibility]}
      data-testid="visibility-badge"
      data-visibility={visibility}
    >
      {t(`annotations.visibility.${visibility}`)}
    </Badge>
  );
};

/** Author, delegation, time, and whether the text was edited or withdrawn. */
export const Byline = ({ annotation }: { annotation: Annotation }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Group gap={6} wrap="wrap" className="byline">
      <Text size="sm" fw={600}>
        {annotation.authorName}
      </Text>
      {annotation.delegationName && (
        <Text size="xs" c="dimmed">
          {annotation.delegationName}
        </Text>
      )}
      <Text size="xs" c="dimmed" component="time" dateTime={annotation.createdAt}>
        {format.dateTime(annotation.createdAt)}
      </Text>
      {annotation.editedAt && <EditHistory annotationId={annotation.id} editedAt={annotation.editedAt} />}
      {annotation.status === 'withdrawn' && (
        <Badge size="xs" color="gray" variant="outline" data-testid="withdrawn">
          {t('annotations.thread.withdrawn')}
        </Badge>
      )}
    </Group>
  );
};

/** The body as plain text (never HTML), with delegation mentions picked out. */
export const AnnotationBody = ({ body, withdrawn }: { body: string; withdrawn: boolean }) => (
  <Text size="sm" className={`annotation-body${withdrawn ? ' is-withdrawn' : ''}`} data-testid="annotation-body">
    {mentionParts(body).map((part, index) =>
      part.mention ? (
        <mark key={index} className="mention">
          {part.text}
        </mark>
      ) : (
        <span key={index}>{part.text}</span>
      ),
    )}
  </Text>
);
