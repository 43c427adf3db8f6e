import { Alert, Button, CopyButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../document-rows';
import { versionChanges, type VersionChange } from './operations';
import { slotTarget, type Slot, type UnsavedTexts } from './unsaved-texts';
import type { Conflict } from './use-version-editor';

const SHOWN = 12;
/** Beyond this many, renumbered paragraphs are counted rather than listed: one insertion renumbers all that follow. */
const RENUMBERED_LISTED = 3;

const describeChange = (change: VersionChange, t: TFunction): string => {
  switch (change.kind) {
    case 'edited':
    case 'added':
    case 'removed':
      return t(`editor.conflict.changes.${change.kind}`, { number: bareNumber(change.number) });
    case 'renumbered':
      return t('editor.conflict.changes.renumbered', {
        number: bareNumber(change.number),
        was: bareNumber(change.wasNumber ?? ''),
      });
    case 'section-added':
    case 'section-removed':
    case 'section-renamed':
      return t(`editor.conflict.changes.${change.kind}`, { heading: change.heading || t('editor.untitledSection') });
  }
};

/** What to list: the substantive changes first, renumbering last and summed up when it is long. */
const changeLines = (changes: VersionChange[], t: TFunction): { key: string; text: string }[] => {
  const renumbered = changes.filter((c) => c.kind === 'renumbered');
  const others = changes
    .filter((c) => c.kind !== 'renumbered')
    .map((c) => ({ key: `${c.kind}:${c.key}`, text: describeChange(c, t) }));
  if (renumbered.length <= RENUMBERED_LISTED) {
    return [...others, ...renumbered.map((c) => ({ key: `${c.kind}:${c.key}`, text: describeChange(c, t) }))];
  }
  return [
    ...others,
    { key: 'renumbered', text: t('editor.conflict.changes.renumberedCount', { n: String(renumbered.length) }) },
  ];
};

interface ConflictNoticeProps {
  conflict: Conflict;
  /** Typed texts still waiting in the editor, so the notice can say they were kept. */
  keptTexts: number;
  onDismiss: () => void;
}

/**
 * Someone else changed the working version first. Says what they changed, that this user's
 * change was not applied, and that their typed text is still there to save again.
 */
export const ConflictNotice = ({ conflict, keptTexts, onDismiss }: ConflictNoticeProps) => {
  const { t } = useTranslation();
  const lines = changeLines(versionChanges(conflict.seen, conflict.current), t);
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('editor.conflict.title')}
      data-testid="version-conflict"
      role="alert"
      mb="md"
    >
      <Stack gap="xs">
        <Text size="sm">
          {conflict.operation
            ? t('editor.conflict.notApplied', {
                what: t(`editor.operations.${conflict.operation.type}`),
                seen: String(conflict.seen.revision),
                current: String(conflict.current.revision),
              })
            : t('editor.conflict.notPublished', {
                seen: String(conflict.seen.revision),
                current: String(conflict.current.revision),
              })}
        </Text>
        {lines.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('editor.conflict.whatChanged')}
            </Text>
            <List size="sm" data-testid="conflict-changes">
              {lines.slice(0, SHOWN).map((line) => (
                <List.Item key={line.key}>{line.text}</List.Item>
              ))}
            </List>
            {lines.length > SHOWN && (
              <Text size="sm" c="dimmed">
                {t('editor.conflict.more', { count: lines.length - SHOWN })}
              </Text>
            )}
          </>
        )}
        <Text size="sm">{keptTexts > 0 ? t('editor.conflict.textKept') : t('editor.conflict.redo')}</Text>
        <Group>
          <Button size="xs" variant="default" onClick={onDismiss} data-testid="conflict-dismiss">
            {t('editor.conflict.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
};

interface OrphanedTextsProps {
  slots: Slot[];
  texts: UnsavedTexts;
  onDiscard: (slot: Slot) => void;
}

/** Typed text whose paragraph or section was removed meanwhile: shown so it can be copied elsewhere. */
export const OrphanedTexts = ({ slots, texts, onDiscard }: OrphanedTextsProps) => {
  const { t } = useTranslation();
  if (slots.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('editor.orphaned.title')} mb="md" data-testid="orphaned-texts">
      <Text size="sm" mb="sm">
        {t('editor.orphaned.hint')}
      </Text>
      <Stack gap="sm">
        {slots.map((slot) => {
          const text = texts[slot]?.text ?? '';
          const kind = slotTarget(slot).kind;
          return (
            <Stack key={slot} gap={4}>
              <Textarea label={t(`editor.orphaned.kind.${kind}`)} value={text} readOnly autosize minRows={2} />
              <Group gap="xs">
                <CopyButton value={text}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t('editor.orphaned.copied') : t('editor.orphaned.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="subtle" color="gray" onClick={() => onDiscard(slot)}>
                  {t('editor.orphaned.discard')}
                </Button>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
};
