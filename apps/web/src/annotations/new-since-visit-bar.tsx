import { ActionIcon, Button, Group, Paper, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../common/format';
import { usePhoneScreen } from '../common/narrow-screen';
import type { NewItem, NewSinceVisit } from './new-since-visit';
import { stepThrough } from './new-since-visit';
import { summaryParts } from './new-since-visit-summary';
import type { NewSince } from './use-reading-mark';

interface NewSinceVisitBarProps {
  /** Nothing is shown before it is known, nor on a first visit until something arrives. */
  newSince: NewSince | null;
  news: NewSinceVisit;
  /** The item the reader last jumped to. */
  currentId: string | null;
  onJump: (item: NewItem) => void;
  onlyNew: boolean;
  onOnlyNew: (onlyNew: boolean) => void;
}

/**
 * "N new, M updated, P positions recorded and W withdrawn since your last visit": a way through
 * them, and the text narrowed to them.
 */
export const NewSinceVisitBar = ({ newSince, news, currentId, onJump, onlyNew, onOnlyNew }: NewSinceVisitBarProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = usePhoneScreen();
  if (!newSince) return null;
  const date = format.dateTime(newSince.since);
  const count = news.items.length;
  const { new: fresh, updated, withdrawn, positions } = news.total;
  if (count === 0) {
    if (newSince.firstVisit) return null;
    const nothing = t('newSinceVisit.nothing', { date });
    // On a phone its two lines put the text's first paragraph below the first screen: screen
    // readers still hear it, and the bar shows as soon as there is something new.
    return phone ? (
      <VisuallyHidden role="status" data-testid="new-since-visit" data-count={0}>
        {nothing}
      </VisuallyHidden>
    ) : (
      <Text size="sm" c="dimmed" mb="sm" role="status" data-testid="new-since-visit" data-count={0}>
        {nothing}
      </Text>
    );
  }
  const at = currentId === null ? -1 : news.items.findIndex((item) => item.id === currentId);
  const step = (direction: 1 | -1) => {
    const item = stepThrough(news.items, currentId, direction);
    if (item) onJump(item);
  };
  const what = summaryParts(t, news.total);
  const summary = t(newSince.firstVisit ? 'newSinceVisit.summaryFirstVisit' : 'newSinceVisit.summary', { what, date });
  const position = at >= 0 && (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="new-position">
      {t('newSinceVisit.position', { index: String(at + 1), total: String(count) })}
    </Text>
  );
  const onlyNewSwitch = (
    <Switch
      size="sm"
      // On a phone the short words, which name it for voice control too; the sentence in its tooltip.
      label={t(phone ? 'newSinceVisit.onlyNewShort' : 'newSinceVisit.onlyNew')}
      title={phone ? t('newSinceVisit.onlyNew') : undefined}
      checked={onlyNew}
      onChange={(event) => onOnlyNew(event.currentTarget.checked)}
      data-testid="new-only"
      className="new-since-visit-only"
    />
  );
  return (
    <Paper
      withBorder
      p={phone ? 4 : 'xs'}
      pl={phone ? 'xs' : undefined}
      mb="sm"
      radius="sm"
      component="section"
      aria-labelledby="new-since-visit-summary"
      className="new-since-visit"
      data-testid="new-since-visit"
      data-count={count}
      data-new={fresh}
      data-updated={updated}
      data-positions={positions}
      data-withdrawn={withdrawn}
    >
      {phone ? (
        // One line on a phone, as its two or more rows put the text's first paragraph below the
        // first screen: the counts shown (whole in the tooltip), the sentence said to screen readers,
        // the steps as arrows named in full.
        <Group gap={4} wrap="nowrap">
          <VisuallyHidden id="new-since-visit-summary" role="status" data-testid="new-since-visit-summary">
            {summary}
          </VisuallyHidden>
          <Text size="sm" fw={600} truncate title={summary} aria-hidden className="new-since-visit-summary">
            {what}
          </Text>
          {position}
          <ActionIcon
            variant="default"
            aria-label={t('newSinceVisit.previous')}
            onClick={() => step(-1)}
            data-testid="new-previous"
          >
            <span aria-hidden>↑</span>
          </ActionIcon>
          <ActionIcon
            variant="light"
            aria-label={t('newSinceVisit.next')}
            onClick={() => step(1)}
            data-testid="new-next"
          >
            <span aria-hidden>↓</span>
          </ActionIcon>
          {onlyNewSwitch}
        </Group>
      ) : (
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Text size="sm" fw={600} id="new-since-visit-summary" role="status" data-testid="new-since-visit-summary">
            {summary}
          </Text>
          <Group gap="xs" wrap="wrap">
            {position}
            <Button size="compact-sm" variant="default" onClick={() => step(-1)} data-testid="new-previous">
              {t('newSinceVisit.previous')}
            </Button>
            <Button size="compact-sm" variant="light" onClick={() => step(1)} data-testid="new-next">
              {t('newSinceVisit.next')}
            </Button>
            {onlyNewSwitch}
          </Group>
        </Group>
      )}
    </Paper>
  );
};
