import { z } from 'zod';
import { dispositionValueSchema } from './annotations';
import { isoDateTimeSchema, languageSchema, objectIdSchema } from './common';
import { comparePath } from './compare';
import { threadPath } from './thread-path';
import { PUBLICATION_NOTE_MAX } from './versions';

/**
 * Events that notify people. Each is written to the outbox with the change that causes it and
 * carried to the worker as the payload of a `notifications/dispatch` job; the worker decides who
 * receives it (see the recipient rules in apps/worker/src/notifications/recipients.ts). Adding
 * an event is an entry here, a recipients rule, and its texts (web locales, email templates).
 */
const common = {
  processId: objectIdSchema,
  /** Who caused it: never notified of their own action. Null for scheduled events. */
  actorUserId: objectIdSchema.nullable(),
  actorName: z.string().max(200).nullable(),
  /**
   * The process's title, for readers in several processes. Absent from events staged before it
   * was added: the texts then name the round alone, as they did.
   */
  processTitle: z.string().max(200).optional(),
};
const inRound = { ...common, roundId: objectIdSchema, roundName: z.string().max(200) };
/** What every event in a round says of where it happened and who caused it, before its own fields. */
export type RoundNoticeFields = z.infer<z.ZodObject<typeof inRound>>;
const onAnnotation = {
  ...inRound,
  /** The draft and version the round reads, where the web shows the thread. */
  draftId: objectIdSchema,
  versionId: objectIdSchema,
  annotationId: objectIdSchema,
  /** The thread's root: where the web opens the conversation. */
  threadId: objectIdSchema,
  paragraphKey: z.string().max(100),
  /**
   * The paragraph's number in that version, as readers know it ("7."): the key is an internal id.
   * Absent from events staged before it was added.
   */
  paragraphNumber: z.string().max(20).optional(),
};
/** What every event about a thread says of it (where it is, who acted), before its own fields. */
export type ThreadNoticeFields = z.infer<z.ZodObject<typeof onAnnotation>>;
/** The start of the words concerned, plain text, for the bell and the email. */
const excerpt = z.string().max(300);
const onSilence = {
  ...inRound,
  procedureId: objectIdSchema,
  paragraphKeys: z.array(z.string().max(100)).min(1).max(500),
  /** Their numbers in the round's version, in the same order. Absent from events staged before it was added. */
  paragraphNumbers: z.array(z.string().max(20)).max(500).optional(),
};

export const notificationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation.replied'), ...onAnnotation, excerpt }),
  z.object({
    type: z.literal('delegation.mentioned'),
    ...onAnnotation,
    excerpt,
    delegationIds: z.array(objectIdSchema).min(1).max(300),
  }),
  z.object({
    type: z.literal('annotation.disposition'),
    ...onAnnotation,
    value: dispositionValueSchema,
    reason: z.string().max(2000),
  }),
  z.object({ type: z.literal('amendment.sponsored'), ...onAnnotation, delegationName: z.string().max(200) }),
  /** `delegationName` no longer co-sponsors the amendment: its author hears of it as of the support. */
  z.object({
    type: z.literal('amendment.sponsor_withdrawn'),
    ...onAnnotation,
    delegationName: z.string().max(200),
  }),
  z.object({
    type: z.literal('version.published'),
    ...common,
    draftId: objectIdSchema,
    versionId: objectIdSchema,
    label: z.string().max(200),
    /** The draft's title. Absent from events staged before it was added: the texts say "the draft". */
    draftTitle: z.string().max(300).optional(),
    /**
     * The draft's published version before this one, which the link compares with it. Absent for
     * the zero draft and from events staged before it was added: the link opens the draft.
     */
    previousVersionId: objectIdSchema.optional(),
    /** That version's label ("Zero draft"), for "see what changed since …". */
    previousLabel: z.string().max(200).optional(),
    /** The secretariat's note circulated with the version, quoted in the notification. */
    note: z.string().max(PUBLICATION_NOTE_MAX).optional(),
  }),
  z.object({ type: z.literal('round.opened'), ...inRound, closesAt: isoDateTimeSchema }),
  z.object({ type: z.literal('round.closing_soon'), ...inRound, closesAt: isoDateTimeSchema }),
  z.object({ type: z.literal('round.closed'), ...inRound }),
  /** The closing time of an open round moved: `closesAt` is the new one. */
  z.object({
    type: z.literal('round.deadline_changed'),
    ...inRound,
    closesAt: isoDateTimeSchema,
    previousClosesAt: isoDateTimeSchema,
  }),
  z.object({ type: z.literal('silence.started'), ...onSilence, deadline: isoDateTimeSchema }),
  /** `excerpt` is the start of the statement the breaking delegation made. */
  z.object({ type: z.literal('silence.broken'), ...onSilence, delegationName: z.string().max(200), excerpt }),
  z.object({ type: z.literal('silence.adopted'), ...onSilence }),
  /** The delegation first in the speakers' queue: its turn comes when the current floor ends. */
  z.object({
    type: z.literal('speakers.next'),
    ...inRound,
    delegationId: objectIdSchema,
    delegationName: z.string().max(200),
    paragraphKey: z.string().max(100),
    paragraphNumber: z.string().max(20).optional(),
  }),
]);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
export type NotificationType = NotificationEvent['type'];
export type NotificationEventOf<T extends NotificationType> = Extract<NotificationEvent, { type: T }>;

export const NOTIFICATION_TYPES = notificationEventSchema.options.map((o) => o.shape.type.value) as [
  NotificationType,
  ...NotificationType[],
];
export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);

/**
 * How one kind of event reaches a user: in the bell and by email at once, in the bell and the
 * daily digest, in the bell only (what an email's unsubscribe link chooses), or not at all.
 */
export const deliveryModeSchema = z.enum(['immediate', 'digest', 'bell', 'off']);
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;
export const DEFAULT_DELIVERY_MODE: DeliveryMode = 'immediate';

export const notificationSchema = z.object({
  id: objectIdSchema,
  event: notificationEventSchema,
  createdAt: isoDateTimeSchema,
  readAt: isoDateTimeSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const NOTIFICATION_PAGE_MAX = 50;
export const notificationListQuerySchema = z.strictObject({
  /** Id of the last item of the previous page: items older than it follow. */
  before: objectIdSchema.optional(),
  limit: z.coerce.number<string>().int().min(1).max(NOTIFICATION_PAGE_MAX).default(20),
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
  /** Pass as `before` for the next page; null on the last page. */
  next: objectIdSchema.nullable(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

export const notificationPreferencesSchema = z.object({
  modes: z.record(notificationTypeSchema, deliveryModeSchema),
  /** Local hour (in the user's time zone) the daily digest is sent at. */
  digestHour: z.number().int().min(0).max(23),
  timeZone: z.string(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesSchema = z.strictObject({
  modes: z.partialRecord(notificationTypeSchema, deliveryModeSchema).optional(),
  digestHour: z.number().int().min(0).max(23).optional(),
});
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferencesSchema>;

/**
 * What an unsubscribe link stops: one kind of email, or (`digest`, from the daily digest) the
 * digest itself, i.e. every kind the reader gets in it.
 */
export const DIGEST_UNSUBSCRIBE = 'digest';
export const unsubscribeTypeSchema = z.union([notificationTypeSchema, z.literal(DIGEST_UNSUBSCRIBE)]);
export type UnsubscribeType = z.infer<typeof unsubscribeTypeSchema>;

export const unsubscribeRequestSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be the token of an unsubscribe link'),
  type: unsubscribeTypeSchema,
  /** The email's language, carried by its links so the page they open speaks it; changes nothing else. */
  lang: languageSchema.optional(),
});
export type UnsubscribeRequest = z.infer<typeof unsubscribeRequestSchema>;
/**
 * Where a mail client unsubscribes in one click (RFC 8058): the URL of an email's
 * List-Unsubscribe header, under the web's origin (which proxies /api), with the token and type
 * of {@link unsubscribeRequestSchema} as its query.
 */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/notifications/unsubscribe/one-click';
export const unsubscribeResultSchema = z.object({ type: unsubscribeTypeSchema, mode: deliveryModeSchema });

/** Where a developer reads the mail the local SMTP sink caught; null outside development. */
export const mailCatcherSchema = z.object({ url: z.string().nullable() });

export const failedJobSchema = z.object({
  queue: z.string(),
  id: z.string(),
  name: z.string(),
  failedReason: z.string(),
  attemptsMade: z.number().int(),
  failedAt: isoDateTimeSchema.nullable(),
  data: z.unknown(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;
export const failedJobListSchema = z.object({ items: z.array(failedJobSchema) });
export const retryJobParamsSchema = z.strictObject({
  queue: z.string().max(50),
  id: z.string().min(1).max(200),
});

const bareNumber = (number: string): string => number.replace(/[.)]$/, '');

/** How a notification names the paragraph of an annotation: its number, else (older events) its key. */
export function notifiedParagraph(event: { paragraphKey: string; paragraphNumber?: string | undefined }): string {
  return event.paragraphNumber === undefined ? event.paragraphKey : bareNumber(event.paragraphNumber);
}

/** The same for the paragraphs of a silence procedure ("4, 7"). */
export function notifiedParagraphs(event: {
  paragraphKeys: string[];
  paragraphNumbers?: string[] | undefined;
}): string {
  const numbers = event.paragraphNumbers;
  const named = numbers?.length === event.paragraphKeys.length ? numbers.map(bareNumber) : event.paragraphKeys;
  return named.join(', ');
}

/** How a notification names a round: with its process when the event carries it ("First reading (Watercourses)"). */
export function notifiedRound(event: { roundName: string; processTitle?: string | undefined }): string {
  return event.processTitle === undefined ? event.roundName : `${event.roundName} (${event.processTitle})`;
}

/**
 * The same inside words already in parentheses, where a second pair would nest: "on paragraph 7
 * (First reading, Watercourses)".
 */
export function notifiedRoundAside(event: { roundName: string; processTitle?: string | undefined }): string {
  return event.processTitle === undefined ? event.roundName : `${event.roundName}, ${event.processTitle}`;
}

/**
 * The web page an event is about (path under the web app); the bell and the emails link to it.
 * Computed from the stored event when it is shown, so notifications stored before a link changed
 * follow it. A new version opens the comparison with the version published before it, which says what
 * changed; the zero draft (and an event staged before the previous version was kept) opens the draft.
 * Silence procedures and "your turn is next" open the round's text at their (first) paragraph.
 * A round opening or closing soon opens its text, to read and comment while it is open; a closed
 * round opens its position matrix, where each paragraph's consensus is; a moved closing time opens
 * the round's page, whose heading states the new time on every screen (the text's panel, where it
 * also shows, is a drawer on a phone).
 */
export function notificationPath(event: NotificationEvent): string {
  switch (event.type) {
    case 'annotation.replied':
    case 'delegation.mentioned':
    case 'annotation.disposition':
    case 'amendment.sponsored':
    case 'amendment.sponsor_withdrawn':
      return threadPath(event);
    case 'version.published':
      return event.previousVersionId === undefined
        ? `/processes/${event.processId}/drafts/${event.draftId}`
        : comparePath({ ...event, from: event.previousVersionId, to: event.versionId });
    case 'round.opened':
    case 'round.closing_soon':
      return roundTextPath(event);
    case 'round.closed':
      return `${roundPath(event)}/positions`;
    case 'round.deadline_changed':
      return roundPath(event);
    case 'silence.started':
    case 'silence.broken':
    case 'silence.adopted':
      return roundTextPath(event, event.paragraphKeys[0]);
    case 'speakers.next':
      return roundTextPath(event, event.paragraphKey);
  }
}

/** The round's page: its facts, window and status. */
const roundPath = (event: { processId: string; roundId: string }): string =>
  `/processes/${event.processId}/rounds/${event.roundId}`;

/**
 * The round's text at one paragraph, where its silence procedures and speakers' list are shown
 * (the round's page only lists its facts). Events do not carry the draft: the web resolves it from
 * the round (`/processes/:p/rounds/:r/text`), so events stored before this link was made open there too.
 */
export const roundTextPath = (event: { processId: string; roundId: string }, paragraphKey?: string): string =>
  `${roundPath(event)}/text` +
  (paragraphKey === undefined ? '' : `?${new URLSearchParams({ paragraph: paragraphKey }).toString()}`);
