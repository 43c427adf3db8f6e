import { z } from 'zod';
import { isoDateTimeSchema, languageSchema, objectIdSchema } from './common';
import { notificationEventSchema } from './notifications';

/**
 * Every queue and every job of the platform, with its payload schema. The worker refuses to
 * start when a job listed here has no handler, so adding a job here without handling it fails
 * fast instead of leaving jobs to pile up.
 */
/** Recipients per email job: one job's writes and SMTP pool serve many emails at once. */
export const EMAIL_BATCH_MAX = 50;

/**
 * What an email job needs of one recipient, read once by the event's dispatch (a per-batch read
 * of users and preferences scans whole collections on FerretDB).
 */
/**
 * Not strict: a field added later (as `timeZone` was) must not make a worker still running the
 * previous code refuse the job during a rolling deploy; unknown fields are dropped instead.
 */
export const emailRecipientSchema = z.object({
  userId: objectIdSchema,
  email: z.string().min(3).max(320),
  language: languageSchema,
  /** The zone the email states times in; absent from jobs enqueued before it was added (UTC). */
  timeZone: z.string().max(100).optional(),
  unsubscribeToken: z.string().min(1).max(200),
});
export type EmailRecipient = z.infer<typeof emailRecipientSchema>;

export const QueueName = {
  Maintenance: 'maintenance',
  Imports: 'imports',
  Procedures: 'procedures',
  Notifications: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const jobPayloadSchemas = {
  [QueueName.Maintenance]: {
    /** Deletes expired refresh sessions and invitations (FerretDB v1 has no TTL indexes). */
    'purge-expired-auth': z.strictObject({ olderThan: z.iso.datetime().optional() }),
    /**
     * Deletes notification outbox records the relay settled (sent or dropped) before the cutoff:
     * FerretDB scans the whole collection on every relay poll, so it must stay small.
     */
    'purge-settled-outbox': z.strictObject({ olderThan: z.iso.datetime().optional() }),
    /**
     * Deletes email claims and deliveries claimed before the cutoff (default 30 days: longer
     * than a failed job is kept for an admin's retry, which must still find them).
     */
    'purge-email-records': z.strictObject({ olderThan: z.iso.datetime().optional() }),
  },
  [QueueName.Imports]: {
    /** Parses an uploaded document and matches its paragraphs to the draft's keys; jobId = importId. */
    'parse-import': z.strictObject({ importId: objectIdSchema }),
  },
  [QueueName.Procedures]: {
    /**
     * Delayed until a silence procedure's deadline; jobId = silence:<procedureId>:<revision>, so a
     * moved deadline schedules a new job and the old one (removed, or firing anyway) is stale.
     */
    'silence-deadline': z.strictObject({ procedureId: objectIdSchema, revision: z.number().int().nonnegative() }),
    /** (Re)places the delayed job that closes an open round at its closing time, from its current window. */
    'schedule-round-close': z.strictObject({ roundId: objectIdSchema }),
    /**
     * Fires at closesAt (jobId close-<roundId>-<closesAt ms>): closes the round if it is still open
     * with that closing time; a job of an earlier closing time does nothing.
     */
    'close-round': z.strictObject({ roundId: objectIdSchema, closesAt: isoDateTimeSchema }),
  },
  [QueueName.Notifications]: {
    /** Resolves who an event concerns and stores their in-app notifications; jobId = eventId (outbox id). */
    dispatch: z.strictObject({ eventId: z.string().min(1).max(200), event: notificationEventSchema }),
    /**
     * An event's emails to a batch of its recipients; jobId `email-<eventId>-<batch>`. Carries
     * the event and each recipient's address, language, time zone and unsubscribe token as dispatch read them.
     */
    'send-email': z.strictObject({
      eventId: z.string().min(1).max(200),
      event: notificationEventSchema,
      recipients: z.array(emailRecipientSchema).min(1).max(EMAIL_BATCH_MAX),
    }),
    /**
     * The email of an invitation; jobId `invitation-<invitationId>`. The token travels only here
     * (the database keeps its hash): the job is removed once it has run.
     */
    'send-invitation': z.strictObject({
      invitationId: objectIdSchema,
      token: z.string().min(32).max(64),
      language: languageSchema,
      /**
       * Which sending of the invitation this is (a resend issues a new link): each has its own
       * once-only delivery claim. Absent for the first.
       */
      send: z.number().int().min(1).optional(),
    }),
    /**
     * The email of a password reset link; jobId `password-reset-<resetId>`. As for invitations,
     * the token travels only here (the database keeps its hash) and the job is removed once run.
     */
    'send-password-reset': z.strictObject({
      resetId: z.string().length(64),
      token: z.string().min(32).max(64),
    }),
    /** The daily digest of one user, run by a job scheduler in the user's time zone. */
    'send-digest': z.strictObject({ userId: objectIdSchema }),
    /** Creates, moves or removes a user's digest scheduler after a preference change. */
    'sync-digest-schedule': z.strictObject({ userId: objectIdSchema }),
    /** (Re)schedules the "closing in 24 hours" reminder of a round from its current window. */
    'schedule-round-reminder': z.strictObject({ roundId: objectIdSchema }),
    /** Fires 24 hours before closesAt; ignored when the round's window has moved since. */
    'round-reminder': z.strictObject({ roundId: objectIdSchema, closesAt: isoDateTimeSchema }),
  },
} as const satisfies Record<QueueName, Record<string, z.ZodType>>;

export type JobName<Q extends QueueName> = keyof (typeof jobPayloadSchemas)[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = z.infer<
  (typeof jobPayloadSchemas)[Q][J] extends z.ZodType ? (typeof jobPayloadSchemas)[Q][J] : never
>;

export const allJobs = (): { queue: QueueName; job: string }[] =>
  (Object.keys(jobPayloadSchemas) as QueueName[]).flatMap((queue) =>
    Object.keys(jobPayloadSchemas[queue]).map((job) => ({ queue, job })),
  );

/** Key prefix for BullMQ, so several environments can share one Redis. */
export const DEFAULT_QUEUE_PREFIX = 'concordia';

/**
 * Retry and retention policy for every job, whoever enqueues it (API producer or worker
 * scheduler), so retries and Redis memory use do not depend on the call site. Plain data that
 * fits BullMQ's `DefaultJobOptions`; the worker also applies the retention part itself.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  /** 5 s, 10 s, 20 s, 40 s: rides out a short database or network outage. */
  backoff: { type: 'exponential', delay: 5_000 },
  /** Completed jobs are only useful for recent debugging. */
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  /** Failed jobs are kept two weeks so an operator can inspect and retry them. */
  removeOnFail: { age: 14 * 24 * 3600, count: 10_000 },
} as const;
