import {
  ANNOTATION_BODY_MAX,
  type AmendmentOperation,
  type Annotation,
  type AnnotationKind,
  type AnnotationVisibility,
  type SpanSelectors,
} from '@concordia/contracts';
import { Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { TextChanges } from '../compare/text-changes';
import { applyAmendment } from './amendment-preview';
import { newClientId } from './annotation-rules';
import { selectorsFor, type Span } from './selectors';
import { useTypingSignal } from './typing-signal';
import { useTypedWords } from './typed-words';
import { WordsPicker } from './words-picker';

const KINDS: AnnotationKind[] = ['comment', 'question', 'reservation', 'amendment'];
const VISIBILITIES: AnnotationVisibility[] = ['round', 'delegation', 'secretariat'];
const OPERATIONS: AmendmentOperation[] = ['replace', 'insert', 'delete', 'new_paragraph'];

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
}

/** Writes a comment, question, reservation or amendment on a span or a paragraph. */
export const Composer = (props: ComposerProps) => {
  const { roundId, paragraphKey, paragraphText, hasDelegation, onPosted, onCancel, onTyping, onWordsSpan } = props;
  const { t } = useTranslation();
  const [pickWords, setPickWords] = useState(props.pickWords ?? false);
  const typed = useTypedWords(paragraphText, pickWords, onWordsSpan);
  const selectors = pickWords ? typed.chosen && selectorsFor(paragraphText, typed.chosen) : props.selectors;
  // One id per thing being written: a retry after a lost answer returns the same annotation.
  const clientId = useRef(newClientId());
  const [kind, setKind] = useState<AnnotationKind>('comment');
  const [visibility, setVisibility] = useState<AnnotationVisibility>('round');
  const [body, setBody] = useState('');
  const [operation, setOperation] = useState<AmendmentOperation>(
    props.selectors || pickWords ? 'replace' : 'new_paragraph',
  );
  const [amendmentText, setAmendmentText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const bodyId = useId();
  const typing = useTypingSignal((isTyping) => onTyping(isTyping, visibility));

  const amendment = kind === 'amendment' ? { operation, text: operation === 'delete' ? '' : amendmentText } : null;
  // A word diff of one paragraph is cheap enough to redo on every keystroke.
  const preview = amendment ? applyAmendment(paragraphText, selectors, amendment) : null;
  const needsText = amendment !== null && operation !== 'delete';
  const canSubmit =
    !busy &&
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
    } else if (typed.words === '' && body.trim() === '' && amendmentText.trim() === '') {
      event.preventDefault();
      onCancel();
    }
  };

  const submit = () => {
    setBusy(true);
    setError(undefined);
    typing.stop();
    api.annotations
      .create({ clientId: clientId.current, roundId, paragraphKey, selectors, kind, visibility, body, amendment })
      .then(onPosted, setError)
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
            data-testid="composer-body"
            id={bodyId}
            // The button that opened the composer is gone: without this the focus falls to the
            // page's start and a keyboard user must tab through the whole document to write.
            autoFocus={!pickWords}
          />
          <ErrorAlert error={error} title={t('annotations.composer.failed')} testId="composer-error" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('annotations.composer.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!canSubmit} data-testid="composer-submit">
              {t(`annotations.composer.submit.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
