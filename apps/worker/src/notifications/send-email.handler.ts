import { type JobPayload, QueueName } from '@concordia/contracts';
import { Inject } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { Deliveries } from './deliveries';
import { renderEventEmail, unsubscribeUrl } from './email-layout';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-email'>;

export interface EmailBatchResult {
  sent: number;
  alreadySent: number;
}

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
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ eventId, event, recipients }: Payload): Promise<EmailBatchResult> {
    const recipientOf = new Map(recipients.map((r) => [deliveryKey(eventId, r.userId), r]));
    const claims = await this.deliveries.claimMany(
      recipients.map((r) => ({ key: deliveryKey(eventId, r.userId), userId: r.userId })),
    );
    const toSend = claims.filter((c) => c.send);
    const results = await Promise.allSettled(
      toSend.map(async (claim) => {
        const recipient = recipientOf.get(claim.key)!;
        const links = { webBaseUrl: this.config.mail.webBaseUrl, unsubscribeToken: recipient.unsubscribeToken };
        const email = renderEventEmail(recipient.language, event, links);
        await this.mailer.send({
          ...email,
          to: recipient.email,
          messageId: claim.messageId,
          unsubscribeUrl: unsubscribeUrl(links, event.type),
        });
        await this.deliveries.recordSent(claim);
      }),
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
