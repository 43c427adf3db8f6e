import type { SpeakerEntry } from '@concordia/contracts';
import { Button, Popover, Text } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CutName } from './cut-name';

interface SpeakersQueueProps {
  queue: SpeakerEntry[];
  opened: boolean;
  onChange: (opened: boolean) => void;
  openerRef: Ref<HTMLButtonElement>;
  /** "<position>. <name> on ¶ <number>" for an entry, given the name. */
  sentence: (entry: SpeakerEntry, index: number) => (name: string) => string;
  /** The buttons this viewer may press on an entry, drawn in the queue. */
  buttons: (entry: SpeakerEntry, index: number) => ReactNode;
}

/**
 * "N waiting" on the card above the text, opening every entry of the queue in order with what the
 * viewer may do there. Over the text rather than in the card: the card keeps its two lines
 * however long the queue. Escape closes it and gives the focus back to "N waiting".
 */
export const SpeakersQueue = ({ queue, opened, onChange, openerRef, sentence, buttons }: SpeakersQueueProps) => {
  const { t } = useTranslation();
  const count = queue.length;
  return (
    <Popover
      opened={opened}
      onChange={onChange}
      position="bottom-end"
      width="min(32rem, calc(100vw - 1rem))"
      shadow="md"
      withArrow
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          // As low as the line's text: the card keeps to two lines' height.
          size="compact-xs"
          variant="light"
          className="speakers-queue-open"
          onClick={() => onChange(!opened)}
          aria-label={t('session.speakers.queueOpen', { count })}
          ref={openerRef}
          data-testid="speakers-queue-open"
        >
          {t('session.speakers.waiting', { count })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="speakers-queue-all">
        <Text size="sm" fw={600} mb="xs">
          {t('session.speakers.queueTitle')}
        </Text>
        <ol className="speakers-queue-list">
          {queue.map((entry, index) => (
            <li
              key={entry.id}
              className="speakers-queue-entry"
              data-testid="speakers-entry"
              data-delegation-id={entry.delegationId}
            >
              <CutName
                sentence={sentence(entry, index)}
                name={entry.delegationName}
                nameTestId="speakers-entry-name"
                cut={false}
              />
              <span className="speakers-entry-buttons">{buttons(entry, index)}</span>
            </li>
          ))}
        </ol>
      </Popover.Dropdown>
    </Popover>
  );
};
