import { applyAmendment } from '@concordia/anchoring';
import {
  ANNOTATION_BODY_MAX,
  amendmentOperationSchema,
  annotationKindSchema,
  annotationVisibilitySchema,
  ErrorCode,
  spanSelectorsSchema,
  type AmendmentOperation,
  type Annotation,
  type AnnotationKind,
  type AnnotationVisibility,
  type SpanSelectors,
} from '@concordia/contracts';
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../api/api-error';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { TextChanges } from '../compare/text-changes';
import { newClientId } from './annotation-rules';
import { selectorsFor, type Span } from './selectors';
import { useTypingSignal } from './typing-signal';
import { useTypedWords } from './typed-words';
import { WordsPicker } from './words-picker';
import { DiscardConfirmation } from '../unsent/discard-confirmation';
import { RestoredNotice } from '../unsent/restored-notice';
import { newAnnotationPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';

const KINDS: AnnotationKind[] = ['comment', 'question', 'reservation', 'amendment'];
const VISIBILITIES: AnnotationVisibility[] = ['round', 'delegation', 'secretariat'];
const OPERATIONS: AmendmentOperation[] = ['replace', 'insert', 'delete', 'new_paragraph'];

/**
 * What a composer keeps in the browser until it is posted: the client id travels with the text,
 * so posting it again after a lost answer returns the annotation the first post created.
 */
export const keptComposerSchema = z.object({
  clientId: z.uuid(),
  /** The words the composer was opened on, to open it there again ("continue your unsent text"). */
  selectors: spanSelectorsSchema.nullable(),
  kind: annotationKindSchema,
  visibility: annotationVisibilitySchema,
  operation: amendmentOperationSchema,
  body: z.string(),
  amendmentText: z.string(),
  pickWords: z.boolean(),
  words: z.string(),
});

interface ComposerProps {
  roundId: string;
  paragraphKey: string;
  paragraphText: string;
  /** The selected words; null comments on the whole paragraph (or on words typed, with pickWords). */
  selectors: SpanSelectors | null;
  /** Opened with "Comment on words…": the words are typed in the composer rather than selected. */
  pickWords?: boolean;
  /** The typed words' place in the paragraph as it changes, for the text to highlight (null: none). */
  onWordsSpan?: (span: Span | null) => void;
  /** Members without a delegation (secretariat, chair) have no internal notes. */
  hasDelegation: boolean;
  onPosted: (annotation: Annotation) => void;
  onCancel: () => void;
  onTyping: (typing: boolean, visibility: AnnotationVisibility) => void;
  /**
   * The round stopped taking comments while this was being written (its closing time passed,
   * or the chair closed it): the text stays, kept, and can be sent if the round takes it again.
   */
  closed?: boolean;
}

/** Writes a comment, question, reservation or amendment on a span or a paragraph. */
export const Composer = (props: ComposerProps) => {
  const { roundId, paragraphKey, paragraphText, hasDelegation, onPosted, onCancel, onTyping, onWordsSpan } = props;
  const closed = props.closed ?? false;
  const { t } = useTranslation();
  const unsent = useUnsentText(newAnnotationPlace(roundId, paragraphKey, props.selectors), keptComposerSchema);
  const kept = unsent.restored;
  const [pickWords, setPickWords] = useState(kept?.pickWords ?? props.pickWords ?? false);
  const typed = useTypedWords(paragraphText, pickWords, onWordsSpan, kept?.words);
  const selectors = pickWords ? typed.chosen && selectorsFor(paragraphText, typed.chosen) : props.selectors;
  // One id per thing being written: a retry after a lost answer returns the same annotation.
  const clientId = useRef(kept?.clientId ?? newClientId());
  const [kind, setKind] = useState<AnnotationKind>(kept?.kind ?? 'comment');
  const [visibility, setVisibility] = useState<AnnotationVisibility>(
    kept && (kept.visibility !== 'delegation' || hasDelegation) ? kept.visibility : 'round',
  );
  const [body, setBody] = useState(kept?.body ?? '');
  const blankOperation: AmendmentOperation = props.selectors || pickWords ? 'replace' : 'new_paragraph';
  const [operation, setOperation] = useState<AmendmentOperation>(kept?.operation ?? blankOperation);
  const [amendmentText, setAmendmentText] = useState(kept?.amendmentText ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const bodyId = useId();
  const written = body.trim() !== '' || amendmentText.trim() !== '';
  useKeepWhileWriting(
    unsent,
    written
      ? {
          clientId: clientId.current,
          selectors: props.selectors,
          kind,
          visibility,
          operation,
          body,
          amendmentText,
          pickWords,
          words: typed.words,
        }
      : null,
  );
  const typing = useTypingSignal((isTyping) => onTyping(isTyping, visibility));
  const stopTyping = typing.stop;
  useEffect(() => {
    if (closed) stopTyping();
  }, [closed, stopTyping]);

  const amendment = kind === 'amendment' ? { operation, text: operation === 'delete' ? '' : amendmentText } : null;
  // A word diff of one paragraph is cheap enough to redo on every keystroke.
  const preview = amendment ? applyAmendment(paragraphText, selectors, amendment) : null;
  const needsText = amendment !== null && operation !== 'delete';
  const canSubmit =
    !busy &&
    !closed &&
    (body.trim() !== '' || amendment !== null) &&
    (!needsText || amendmentText.trim() !== '') &&
    // Words typed but not found: posting would silently comment on the whole paragraph instead.
    (!pickWords || selectors !== null);

  /**
   * Escape clears the typed words, then leaves a composer with nothing typed in it; it never
   * throws away what was written, nor does it act when it only closes an open list.
   */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || busy) return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (target.dataset['testid'] === 'composer-words' && typed.words !== '') {
      event.preventDefault();
      typed.type('');
    } else if (written) {
      event.preventDefault();
      setConfirmingDiscard(true);
    } else if (typed.words === '') {
      event.preventDefault();
      onCancel();
    }
  };

  const cancel = () => (written ? setConfirmingDiscard(true) : onCancel());
  const focusBody = () => document.getElementById(bodyId)?.focus();

  /** "Discard" on the restored notice: the composer as it opens with nothing kept. */
  const startAfresh = () => {
    unsent.clear();
    clientId.current = newClientId();
    setKind('comment');
    setVisibility('round');
    setOperation(blankOperation);
    setBody('');
    setAmendmentText('');
    typed.type('');
    setError(undefined);
    focusBody();
  };

  const submit = () => {
    setBusy(true);
    setError(undefined);
    typing.stop();
    api.annotations
      .create({ clientId: clientId.current, roundId, paragraphKey, selectors, kind, visibility, body, amendment })
      .then(
        (annotation) => {
          unsent.clear();
          onPosted(annotation);
        },
        (caught: unknown) => {
          // The first post did reach the server, with the text as it was then: this changed text
          // is another annotation, which a new id lets the next post create.
          if (isApiError(caught) && caught.code === ErrorCode.ClientIdConflict) clientId.current = newClientId();
          setError(caught);
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-testid="composer"
      component="section"
      aria-labelledby="composer-title"
      onKeyDown={onKeyDown}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) submit();
        }}
      >
        <Stack gap="xs">
          <Text fw={600} id="composer-title">
            {t(`annotations.composer.title.${kind}`)}
          </Text>
          {closed && (
            <Alert color="orange" variant="light" p="xs" role="status" data-testid="composer-closed">
              {t('annotations.composer.closed')}
            </Alert>
          )}
          <RestoredNotice shown={unsent.noticeShown} onDiscard={startAfresh} />
          {pickWords ? (
            <WordsPicker
              typed={typed}
              onWholeParagraph={() => {
                setPickWords(false);
                if (operation === 'insert') setOperation('new_paragraph');
                // The field that had the focus is gone: what to say comes next.
                document.getElementById(bodyId)?.focus();
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {selectors ? t('annotations.composer.onWords') : t('annotations.composer.wholeParagraph')}
            </Text>
          )}
          {!pickWords && selectors && (
            <Text size="sm" className="quoted-text" data-testid="composer-quote">
              {selectors.quote.exact}
            </Text>
          )}
          <Select
            label={t('annotations.kind.label')}
            data={KINDS.map((value) => ({ value, label: t(`annotations.kind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
            allowDeselect={false}
            disabled={closed}
            data-testid="composer-kind"
          />
          <Select
            label={t('annotations.visibility.label')}
            description={t(`annotations.visibility.hint.${visibility}`)}
            data={VISIBILITIES.filter((v) => v !== 'delegation' || hasDelegation).map((value) => ({
              value,
              label: t(`annotations.visibility.${value}`),
            }))}
            value={visibility}
            onChange={(value) => {
              if (!value) return;
              // "Typing" was announced to the old audience: withdraw it there before switching.
              typing.stop();
              setVisibility(value);
            }}
            allowDeselect={false}
            disabled={closed}
            data-testid="composer-visibility"
          />
          {kind === 'amendment' && (
            <>
              <Select
                label={t('annotations.composer.operation')}
                data={OPERATIONS.filter((op) => selectors !== null || pickWords || op !== 'insert').map((value) => ({
                  value,
                  label: t(`annotations.composer.operations.${value}`),
                }))}
                value={operation}
                onChange={(value) => value && setOperation(value)}
                allowDeselect={false}
                disabled={closed}
                data-testid="composer-operation"
              />
              {needsText && (
                <Textarea
                  label={t('annotations.composer.amendmentText')}
                  value={amendmentText}
                  onChange={(event) => {
                    setAmendmentText(event.currentTarget.value);
                    typing.onKey();
                  }}
                  autosize
                  minRows={2}
                  readOnly={closed}
                  data-testid="composer-amendment-text"
                />
              )}
              <div>
                <Text size="sm" fw={500}>
                  {t('annotations.composer.preview')}
                </Text>
                <Text size="sm" className="amendment-preview" data-testid="amendment-preview" aria-live="polite">
                  {preview && preview.changes.some((c) => c.op !== 'equal') ? (
                    <TextChanges changes={preview.changes} />
                  ) : (
                    t('annotations.composer.previewEmpty')
                  )}
                </Text>
              </div>
            </>
          )}
          <Textarea
            label={t('annotations.composer.body')}
            description={t('annotations.composer.bodyHint', { max: ANNOTATION_BODY_MAX })}
            value={body}
            maxLength={ANNOTATION_BODY_MAX}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              typing.onKey();
            }}
            autosize
            minRows={3}
            // Read-only rather than disabled: the words can still be selected and copied.
            readOnly={closed}
            data-testid="composer-body"
            id={bodyId}
            // The button that opened the composer is gone: without this the focus falls to the
            // page's start and a keyboard user must tab through the whole document to write.
            autoFocus={!pickWords}
          />
          <ErrorAlert error={error} title={t('annotations.composer.failed')} testId="composer-error" />
          {error !== undefined && (
            <Text size="xs" c="dimmed" data-testid="composer-kept">
              {t('unsent.keptAfterFailure')}
            </Text>
          )}
          {confirmingDiscard ? (
            <DiscardConfirmation
              onDiscard={() => {
                unsent.clear();
                onCancel();
              }}
              onKeep={() => {
                setConfirmingDiscard(false);
                focusBody();
              }}
            />
          ) : (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={cancel} disabled={busy} data-testid="composer-cancel">
                {t('annotations.composer.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={!canSubmit} data-testid="composer-submit">
                {t(`annotations.composer.submit.${kind}`)}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
};
