import { applyAmendment } from '@concordia/anchoring';
import {
  ANNOTATION_BODY_MAX,
  dispositionValueSchema,
  ErrorCode,
  setDispositionRequestSchema,
  type Annotation,
  type AnnotationVisibility,
  type DispositionValue,
  type Me,
} from '@concordia/contracts';
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { isApiError } from '../api/api-error';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { PoliteAnnouncement } from '../common/polite-announcement';
import { validate } from '../common/validation';
import { TextChanges } from '../compare/text-changes';
import { DISPOSITION_COLORS } from './disposition-colors';
import { FollowToggle } from './follow-toggle';
import { AnnotationBody, Byline, VisibilityBadge } from './annotation-body';
import { HiddenNotice } from './hidden-notice';
import { NewInThreadMark, NewItemMark } from './new-marks';
import { canSetDisposition, canSponsor, isAuthor, mySponsorship, newClientId, type Thread } from './annotation-rules';
import { useTypingSignal } from './typing-signal';
import { DiscardConfirmation } from '../unsent/discard-confirmation';
import { RestoredNotice } from '../unsent/restored-notice';
import { editPlace, replyPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';

/** A reply being written keeps its client id with it: posted again after a lost answer, it is one reply. */
const keptReplySchema = z.object({ clientId: z.uuid(), body: z.string() });
const keptEditSchema = z.object({ body: z.string() });

interface ThreadCardProps {
  thread: Thread;
  me: Me;
  paragraphText: string;
  /** The round being read. */
  roundId: string;
  /** Replies and edits are accepted while the round is open. */
  open: boolean;
  highlighted: boolean;
  onChanged: (annotation: Annotation) => void;
  onTyping: (typing: boolean, visibility: AnnotationVisibility) => void;
}

/** Brings the focused thread into view once it is drawn (again when the list changes under it). */
export const useScrollToThread = (focusThread: string | null, threads: readonly Thread[]): void => {
  useEffect(() => {
    if (focusThread) document.getElementById(`thread-${focusThread}`)?.scrollIntoView({ block: 'nearest' });
  }, [focusThread, threads]);
};

/**
 * The same thread as drawn: its annotations are the same objects (the live list replaces an
 * annotation's object when it changes, and the threads are regrouped at each change of the round).
 */
const sameThread = (a: Thread, b: Thread): boolean =>
  a.root === b.root && a.replies.length === b.replies.length && a.replies.every((reply, i) => reply === b.replies[i]);

/**
 * Drawn again only when its own thread or props change: a paragraph can hold a hundred threads,
 * and a comment arriving on one of them, or someone typing, must not redraw (and re-diff the
 * amendments of) all the others.
 */
const sameCard = (previous: ThreadCardProps, next: ThreadCardProps): boolean => {
  // Every prop, so that one added later is compared too; the thread by its annotations.
  const keys = Object.keys(next) as (keyof ThreadCardProps)[];
  return (
    Object.keys(previous).length === keys.length &&
    keys.every((key) => (key === 'thread' ? sameThread(previous.thread, next.thread) : previous[key] === next[key]))
  );
};

/** One thread: the first annotation with its amendment, sponsors and disposition, then replies. */
const ThreadCardView = ({
  thread,
  me,
  paragraphText,
  roundId,
  open,
  highlighted,
  onChanged,
  onTyping,
}: ThreadCardProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { root, replies } = thread;
  // A thread carried here from another round (started on an earlier version) belongs to that
  // round: its replies, edits and sponsors are taken there, and refused once it has closed. Here
  // it is read, with its disposition; it is taken up by commenting anew.
  const fromOtherRound = root.roundId !== roundId;
  const acts = open && !fromOtherRound;
  const [busy, setBusy] = useState(false);
  // Withdrawing cannot be undone and shows at once to every reader: it is asked twice.
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);

  const run = (action: () => Promise<Annotation | null>) => {
    setBusy(true);
    action()
      .then((result) => result && onChanged(result))
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('annotations.thread.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };

  const amended = root.amendment ? applyAmendment(paragraphText, root.anchor.selectors, root.amendment) : null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      id={`thread-${root.id}`}
      tabIndex={-1}
      className={highlighted ? 'thread is-highlighted' : 'thread'}
      data-testid="thread"
      data-annotation-id={root.id}
      data-kind={root.kind}
      data-visibility={root.visibility}
      component="article"
    >
      <Stack gap={6}>
        <Group gap={6}>
          <Badge size="sm" variant="filled" color={root.kind === 'amendment' ? 'indigo' : 'blue'}>
            {t(`annotations.kind.${root.kind}`)}
          </Badge>
          <VisibilityBadge visibility={root.visibility} />
          <NewInThreadMark threadId={root.id} />
          {fromOtherRound && (
            <Badge size="sm" variant="outline" color="gray" data-testid="from-other-round">
              {t('annotations.thread.fromOtherRound')}
            </Badge>
          )}
        </Group>
        {fromOtherRound && open && (
          <Text size="xs" c="dimmed" data-testid="from-other-round-hint">
            {t('annotations.thread.fromOtherRoundHint')}
          </Text>
        )}
        {root.anchor.selectors && (
          <Text size="xs" c="dimmed" className="quoted-text">
            {t('annotations.thread.onWords', { quote: root.anchor.selectors.quote.exact })}
          </Text>
        )}
        <Entry annotation={root} me={me} open={acts} onChanged={onChanged} />
        {root.amendment && amended && (
          <div data-testid="amendment">
            <Text size="xs" fw={600}>
              {t('annotations.thread.proposal', {
                operation: t(`annotations.composer.operations.${root.amendment.operation}`),
              })}
            </Text>
            <Text size="sm" className="amendment-preview">
              <TextChanges changes={amended.changes} />
            </Text>
          </div>
        )}
        {root.sponsors.length > 0 && (
          <Text size="xs" data-testid="sponsors">
            {t('annotations.thread.sponsors', { names: root.sponsors.map((s) => s.delegationName).join(', ') })}
          </Text>
        )}
        {root.disposition && (
          // A div: the badge inside is a block, which a <p> may not contain.
          <Text size="sm" component="div" data-testid="disposition" data-value={root.disposition.value}>
            <Badge size="sm" color={DISPOSITION_COLORS[root.disposition.value]} mr={6}>
              {t(`annotations.disposition.${root.disposition.value}`)}
            </Badge>
            {root.disposition.reason}
          </Text>
        )}
        {root.appliedIn.map((applied) => (
          <Text size="sm" key={applied.versionId} data-testid="applied-in">
            <Anchor
              component={Link}
              // The change between the version the thread is on and the one that took the amendment in,
              // landing on the paragraph the amendment changed.
              to={`/processes/${root.processId}/drafts/${applied.draftId}/compare?from=${root.anchor.versionId}&to=${applied.versionId}${
                applied.paragraphKey ? `&paragraph=${encodeURIComponent(applied.paragraphKey)}` : ''
              }`}
            >
              {t('annotations.thread.appliedIn', { label: applied.label })}
            </Anchor>
          </Text>
        ))}
        <Group gap="xs">
          <FollowToggle threadId={root.id} />
          {acts && canSponsor(me, root) && (
            <Button
              size="compact-xs"
              variant="light"
              loading={busy}
              data-testid="sponsor-toggle"
              onClick={() =>
                run(() =>
                  mySponsorship(me, root) ? api.annotations.unsponsor(root.id) : api.annotations.sponsor(root.id),
                )
              }
            >
              {mySponsorship(me, root) ? t('annotations.thread.unsponsor') : t('annotations.thread.sponsor')}
            </Button>
          )}
          {acts && isAuthor(me, root) && !confirmingWithdraw && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={busy}
              data-testid="withdraw"
              onClick={() => setConfirmingWithdraw(true)}
            >
              {t('annotations.thread.withdraw')}
            </Button>
          )}
        </Group>
        {acts && isAuthor(me, root) && confirmingWithdraw && (
          <Stack gap={4} data-testid="withdraw-confirmation" role="group" aria-label={t('annotations.thread.withdraw')}>
            <Text size="sm">{t('annotations.thread.withdrawConfirm')}</Text>
            <Group gap="xs">
              <Button
                size="compact-xs"
                color="red"
                loading={busy}
                data-testid="withdraw-confirm"
                onClick={() => run(() => api.annotations.withdraw(root.id).finally(() => setConfirmingWithdraw(false)))}
              >
                {t('annotations.thread.withdrawYes')}
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                disabled={busy}
                data-testid="withdraw-keep"
                // The focus goes to the safe choice: Enter right after the first click keeps the text.
                autoFocus
                onClick={() => setConfirmingWithdraw(false)}
              >
                {t('annotations.thread.withdrawKeep')}
              </Button>
            </Group>
          </Stack>
        )}
        {canSetDisposition(me, root) && <DispositionForm annotation={root} onChanged={onChanged} />}
        {replies.length > 0 && (
          <Stack gap={4} className="thread-replies" data-testid="replies">
            {replies.map((reply) => (
              <div key={reply.id} data-testid="reply" data-annotation-id={reply.id}>
                <Entry annotation={reply} me={me} open={acts} onChanged={onChanged} />
              </div>
            ))}
          </Stack>
        )}
        {acts && root.status === 'open' && <ReplyForm root={root} onChanged={onChanged} onTyping={onTyping} />}
      </Stack>
    </Paper>
  );
};

export const ThreadCard = memo(ThreadCardView, sameCard);

/** Byline and body, with "edit" for the author. */
const Entry = ({
  annotation,
  me,
  open,
  onChanged,
}: {
  annotation: Annotation;
  me: Me;
  open: boolean;
  onChanged: (annotation: Annotation) => void;
}) => {
  const { t } = useTranslation();
  const editable = open && isAuthor(me, annotation);
  // Kept by authorship, not by the round's window: an edit under way at the closing time stays
  // kept (and hidden, as the round takes no edits) until the round is reopened.
  const unsent = useUnsentText(isAuthor(me, annotation) ? editPlace(annotation.id) : null, keptEditSchema);
  // An edit left unsaved opens again as it was left.
  const [editing, setEditing] = useState<string | null>(unsent.restored?.body ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const errorMessage = useErrorMessage();
  const changed = editing !== null && editing !== annotation.body;
  useKeepWhileWriting(unsent, changed ? { body: editing } : null);

  const save = () => {
    if (editing === null) return;
    setBusy(true);
    api.annotations
      .edit(annotation.id, { body: editing })
      .then((result) => {
        unsent.clear();
        if (result) onChanged(result);
        setEditing(null);
        setError(null);
      })
      .catch((caught: unknown) => setError(errorMessage(caught)))
      .finally(() => setBusy(false));
  };
  const stopEditing = () => {
    unsent.clear();
    setConfirmingDiscard(false);
    setEditing(null);
  };

  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap={6} wrap="nowrap" align="flex-start" miw={0}>
          <NewItemMark annotationId={annotation.id} />
          <Byline annotation={annotation} />
        </Group>
        {editable && editing === null && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setEditing(annotation.body)}
            className="byline-action"
            data-testid="edit"
          >
            {t('annotations.thread.edit')}
          </Button>
        )}
      </Group>
      {annotation.moderation && <HiddenNotice moderation={annotation.moderation} />}
      {editing === null || !editable ? (
        annotation.body !== '' && (
          <AnnotationBody body={annotation.body} withdrawn={annotation.status === 'withdrawn'} />
        )
      ) : (
        <Stack gap={4}>
          <RestoredNotice shown={unsent.noticeShown} onDiscard={stopEditing} />
          <Textarea
            aria-label={t('annotations.thread.editLabel')}
            value={editing}
            // The server's limit, as in the composer: past it the answer is a bare "invalid field".
            maxLength={ANNOTATION_BODY_MAX}
            onChange={(event) => setEditing(event.currentTarget.value)}
            autosize
            minRows={2}
            error={error}
            data-testid="edit-body"
            onKeyDown={(event) => {
              if (event.key !== 'Escape' || busy) return;
              event.preventDefault();
              if (changed) setConfirmingDiscard(true);
              else stopEditing();
            }}
          />
          {confirmingDiscard ? (
            <DiscardConfirmation onDiscard={stopEditing} onKeep={() => setConfirmingDiscard(false)} />
          ) : (
            <Group gap="xs" justify="flex-end">
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => (changed ? setConfirmingDiscard(true) : stopEditing())}
                data-testid="edit-cancel"
              >
                {t('annotations.thread.cancel')}
              </Button>
              <Button size="compact-sm" loading={busy} onClick={save} data-testid="edit-save">
                {t('annotations.thread.save')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
};

const ReplyForm = ({
  root,
  onChanged,
  onTyping,
}: {
  root: Annotation;
  onChanged: (annotation: Annotation) => void;
  onTyping: (typing: boolean, visibility: AnnotationVisibility) => void;
}) => {
  const { t } = useTranslation();
  const unsent = useUnsentText(replyPlace(root.id), keptReplySchema);
  const [body, setBody] = useState(unsent.restored?.body ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorMessage = useErrorMessage();
  const clientId = useRef(unsent.restored?.clientId ?? newClientId());
  const field = useRef<HTMLTextAreaElement>(null);
  // The focus returns to the box, which says nothing of the reply: screen readers hear it went.
  const [sent, setSent] = useState(0);
  useKeepWhileWriting(unsent, body.trim() !== '' ? { clientId: clientId.current, body } : null);
  // A reply takes its thread's visibility, and so does who may see it being written.
  const typing = useTypingSignal((isTyping) => onTyping(isTyping, root.visibility));

  const send = () => {
    setBusy(true);
    typing.stop();
    api.annotations
      .reply(root.id, { clientId: clientId.current, body })
      .then((reply) => {
        unsent.clear();
        onChanged(reply);
        setBody('');
        setError(null);
        clientId.current = newClientId();
        setSent((count) => count + 1);
        // "Send" is disabled once the box is empty, which drops the focus to the page's start:
        // back in the box, the reply just sent sits right above it and the next one can follow.
        field.current?.focus();
      })
      .catch((caught: unknown) => {
        // The first post reached the server with other words: these make another reply.
        if (isApiError(caught) && caught.code === ErrorCode.ClientIdConflict) clientId.current = newClientId();
        setError(errorMessage(caught));
      })
      .finally(() => setBusy(false));
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() !== '' && !busy) send();
      }}
    >
      <RestoredNotice
        shown={unsent.noticeShown}
        onDiscard={() => {
          unsent.clear();
          setBody('');
          clientId.current = newClientId();
        }}
      />
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Textarea
          ref={field}
          aria-label={t('annotations.thread.replyLabel', { author: root.authorName })}
          placeholder={t('annotations.thread.reply')}
          value={body}
          maxLength={ANNOTATION_BODY_MAX}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            typing.onKey();
          }}
          autosize
          minRows={1}
          style={{ flex: 1 }}
          error={error}
          data-testid="reply-body"
        />
        <Button type="submit" size="sm" loading={busy} disabled={body.trim() === ''} data-testid="reply-send">
          {t('annotations.thread.send')}
        </Button>
      </Group>
      <PoliteAnnouncement
        text={sent > 0 ? t('annotations.thread.replySent') : ''}
        serial={sent}
        testId="reply-announcement"
      />
    </form>
  );
};

const DispositionForm = ({
  annotation,
  onChanged,
}: {
  annotation: Annotation;
  onChanged: (annotation: Annotation) => void;
}) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [value, setValue] = useState<DispositionValue>(annotation.disposition?.value ?? 'accepted');
  const [reason, setReason] = useState(annotation.disposition?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorMessage = useErrorMessage();

  if (!shown) {
    return (
      <Button size="compact-xs" variant="subtle" onClick={() => setShown(true)} data-testid="disposition-open">
        {t(annotation.disposition ? 'annotations.disposition.change' : 'annotations.disposition.record')}
      </Button>
    );
  }
  const save = () => {
    // The button stays enabled so an empty reason gets a message, not a silent grey button.
    const checked = validate(setDispositionRequestSchema, { value, reason }, t);
    if (!checked.ok) {
      setError(checked.errors['reason'] ?? checked.errors['value'] ?? null);
      return;
    }
    setBusy(true);
    api.annotations
      .setDisposition(annotation.id, checked.data)
      .then((result) => {
        if (result) onChanged(result);
        setShown(false);
        setError(null);
      })
      .catch((caught: unknown) => setError(errorMessage(caught)))
      .finally(() => setBusy(false));
  };
  return (
    <Stack gap={4} data-testid="disposition-form">
      <Select
        label={t('annotations.disposition.value')}
        data={dispositionValueSchema.options.map((option) => ({
          value: option,
          label: t(`annotations.disposition.${option}`),
        }))}
        value={value}
        onChange={(next) => next && setValue(next)}
        allowDeselect={false}
        size="xs"
      />
      <Textarea
        label={t('annotations.disposition.reason')}
        description={t('annotations.disposition.reasonHint')}
        required
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setError(null);
        }}
        autosize
        minRows={2}
        size="xs"
        error={error}
        data-testid="disposition-reason"
      />
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="default" onClick={() => setShown(false)}>
          {t('annotations.thread.cancel')}
        </Button>
        <Button size="compact-sm" loading={busy} onClick={save} data-testid="disposition-save">
          {t('annotations.disposition.save')}
        </Button>
      </Group>
    </Stack>
  );
};
