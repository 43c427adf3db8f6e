import pLimit from 'p-limit';
import { type JobPayload, QueueName } from '@concordia/contracts';
import { Inject } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { Deliveries } from './deliveries';
import { oneClickUnsubscribeUrl, renderEventEmail } from './email-layout';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-email'>;

export interface EmailBatchResult {
  sent: number;
  alreadySent: number;
}

/** At most this many emails of a worker process can be sent again after it is killed. */
export const duplicateWindow = (poolConnections: number): number => 2 * poolConnections;

export const deliveryKey = (eventId: string, userId: string): string => `${eventId}-${userId}`;

/**
 * One event's emails to a batch of recipients, each in their language and at most once per
 * (recipient, event). Everything to write them comes in the payload (dispatch read it once for
 * the whole event), so the batch costs one claim insert, then every message goes through the
 * SMTP pool in parallel and its delivery is stored right after the server accepted it (grouped
 * with the others accepted meanwhile, see Deliveries). A failure fails the job after the others
 * were sent; its retry sends only what is left.
 */
@JobHandler(QueueName.Notifications, 'send-email')
export class SendEmailHandler implements HandlesJob<typeof QueueName.Notifications, 'send-email'> {
  /**
   * Emails between their claim's send and their stored delivery, across every batch this process
   * runs: what a crash can make it send twice. Two per pooled SMTP connection keeps the pool busy
   * while the previous group of deliveries is stored; without a bound, a slow insert let every
   * message accepted meanwhile into that window.
   */
  private readonly unstored: pLimit.Limit;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {
    this.unstored = pLimit(duplicateWindow(config.mail.poolConnections));
  }

  async handle({ eventId, event, recipients }: Payload): Promise<EmailBatchResult> {
    const recipientOf = new Map(recipients.map((r) => [deliveryKey(eventId, r.userId), r]));
    const claims = await this.deliveries.claimMany(
      recipients.map((r) => ({ key: deliveryKey(eventId, r.userId), userId: r.userId })),
    );
    const toSend = claims.filter((c) => c.send);
    const results = await Promise.allSettled(
      toSend.map((claim) =>
        this.unstored(async () => {
          const recipient = recipientOf.get(claim.key)!;
          const links = { webBaseUrl: this.config.mail.webBaseUrl, unsubscribeToken: recipient.unsubscribeToken };
          // A job enqueued before recipients carried their zone states its times in UTC, as emails then did.
          const reader = { language: recipient.language, timeZone: recipient.timeZone ?? 'UTC' };
          const email = renderEventEmail(reader, event, links);
          await this.mailer.send({
            ...email,
            to: recipient.email,
            messageId: claim.messageId,
            unsubscribeUrl: oneClickUnsubscribeUrl(links, event.type, reader.language),
          });
          await this.deliveries.recordSent(claim);
        }),
      ),
    );
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) {
      const reason: unknown = failed[0].reason;
      throw new Error(
        `${failed.length} of ${toSend.length} emails failed: ${reason instanceof Error ? reason.message : 'unknown error'}`,
      );
    }
    return { sent: toSend.length, alreadySent: claims.length - toSend.length };
  }
}
