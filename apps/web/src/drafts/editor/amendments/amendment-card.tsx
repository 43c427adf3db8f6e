import type { WorkingAmendment } from '@concordia/contracts';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPOSITION_COLORS } from '../../../annotations/disposition-colors';
import { TextChanges } from '../../../compare/text-changes';
import { useEditor } from '../editor-context';
import { amendmentState } from './amendment-state';

/**
 * One amendment beside the working text: who proposed it in which round, its disposition and
 * co-sponsors, the paragraph as Apply would leave it, and Apply (sent with the revision on
 * screen, like any edit), or why it cannot be applied; once applied, Undo. One withdrawn since
 * it was applied says so, for the officer to undo it or keep it.
 */
export const AmendmentCard = ({ item }: { item: WorkingAmendment }) => {
  const { t } = useTranslation();
  const editor = useEditor();
  const reasonId = useId();
  const state = amendmentState(item, editor.sections);
  const who = item.delegationName ?? item.authorName;
  const reason =
    state.kind === 'applied'
      ? t(item.withdrawn ? 'editor.amendments.withdrawnHint' : 'editor.amendments.appliedHint')
      : state.kind === 'not_applicable'
        ? t(state.reason === 'paragraph_gone' ? 'editor.amendments.paragraphGone' : 'editor.amendments.notApplicable')
        : null;

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="working-amendment"
      data-annotation-id={item.annotationId}
      data-state={state.kind}
    >
      <Stack gap={4}>
        <Group gap={6}>
          {item.disposition ? (
            <Badge size="sm" color={DISPOSITION_COLORS[item.disposition.value]} data-testid="amendment-disposition">
              {t(`annotations.disposition.${item.disposition.value}`)}
            </Badge>
          ) : (
            <Badge size="sm" variant="outline" color="gray">
              {t('editor.amendments.noDisposition')}
            </Badge>
          )}
          {item.withdrawn && (
            <Badge size="sm" variant="outline" color="gray" data-testid="amendment-withdrawn">
              {t('editor.amendments.withdrawn')}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('editor.amendments.by', { who, round: item.roundName })}
          </Text>
        </Group>
        {item.disposition?.reason && <Text size="xs">{item.disposition.reason}</Text>}
        {item.sponsors.length > 0 && (
          <Text size="xs">
            {t('editor.amendments.sponsors', { names: item.sponsors.map((s) => s.delegationName).join(', ') })}
          </Text>
        )}
        <Text size="xs" fw={600}>
          {t('annotations.thread.proposal', { operation: t(`annotations.composer.operations.${item.operation}`) })}
          {' · '}
          {item.operation === 'new_paragraph'
            ? t('editor.amendments.newParagraph')
            : item.selectors
              ? t('editor.amendments.onWords', { quote: item.selectors.quote.exact })
              : t('editor.amendments.wholeParagraph')}
        </Text>
        {state.kind === 'applicable' ? (
          <>
            {state.deletesParagraph && (
              <Text size="xs" c="red">
                {t('editor.amendments.deletesParagraph')}
              </Text>
            )}
            <Text size="sm" className="amendment-preview" data-testid="amendment-result">
              <TextChanges changes={state.preview.changes} />
            </Text>
          </>
        ) : (
          <Text size="xs" c={state.kind === 'applied' ? 'dimmed' : 'orange'} id={reasonId}>
            {reason}
          </Text>
        )}
        <Group justify="flex-end">
          {state.kind === 'applied' && (
            // Takes the application back while the paragraph reads as it left it; otherwise the
            // server's 409 says to edit the paragraph by hand.
            <Button
              size="compact-xs"
              variant="light"
              color="orange"
              disabled={editor.pending}
              aria-label={t('editor.amendments.undoLabel', { who })}
              data-testid="amendment-undo"
              onClick={() => editor.run({ type: 'undo_amendment', annotationId: item.annotationId })}
            >
              {t('editor.amendments.undo')}
            </Button>
          )}
          <Button
            size="compact-xs"
            variant={state.kind === 'applied' ? 'subtle' : 'light'}
            // A withdrawn one met between two loads (Undo done, list not yet reloaded) is not to apply again.
            disabled={state.kind !== 'applicable' || item.withdrawn || editor.pending}
            aria-label={state.kind === 'applied' ? undefined : t('editor.amendments.applyLabel', { who })}
            aria-describedby={reason ? reasonId : undefined}
            data-testid="amendment-apply"
            onClick={() => editor.run({ type: 'apply_amendment', annotationId: item.annotationId })}
          >
            {state.kind === 'applied' ? t('editor.amendments.applied') : t('editor.amendments.apply')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};
