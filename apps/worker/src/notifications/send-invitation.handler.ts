import { createHash } from 'node:crypto';
import { type JobPayload, QueueName } from '@concordia/contracts';
import type { DelegationRecord, InvitationRecord, Models, ProcessRecord, UserRecord } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';
import { Deliveries } from './deliveries';
import { renderInvitationEmail } from './invitation-email';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-invitation'>;

export type InvitationEmailResult = 'sent' | 'already-sent' | 'not-pending';

/**
 * Emails an invitation's link to the invitee, once: a retried job finds the delivery of the first
 * and sends nothing (the same claims and deliveries as notification emails). An invitation
 * accepted, revoked, expired, resent with a new link or deleted before the job runs is not sent.
 */
@JobHandler(QueueName.Notifications, 'send-invitation')
export class SendInvitationHandler implements HandlesJob<typeof QueueName.Notifications, 'send-invitation'> {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(MODELS) private readonly models: Models,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ invitationId, token, language, send }: Payload): Promise<InvitationEmailResult> {
    const invitation = await this.models.invitations.findById(invitationId).lean<InvitationRecord>().exec();
    if (
      !invitation ||
      invitation.acceptedAt !== null ||
      (invitation.revokedAt ?? null) !== null ||
      invitation.expiresAt.getTime() <= Date.now() ||
      // Resent since: this link no longer opens it (the newer job carries the one that does).
      createHash('sha256').update(token, 'utf8').digest('hex') !== invitation.tokenHash
    ) {
      this.logger.info({ invitationId }, 'invitation no longer pending: no email');
      return 'not-pending';
    }
    const [process, inviter, delegation, invitee] = await Promise.all([
      this.models.processes.findById(invitation.processId, { title: 1 }).lean<Pick<ProcessRecord, 'title'>>().exec(),
      this.models.users.findById(invitation.createdBy, { name: 1 }).lean<Pick<UserRecord, 'name'>>().exec(),
      invitation.delegationId
        ? this.models.delegations
            .findById(invitation.delegationId, { name: 1 })
            .lean<Pick<DelegationRecord, 'name'>>()
            .exec()
        : Promise.resolve(null),
      this.models.users
        .findOne({ email: invitation.email }, { timeZone: 1 })
        .lean<Pick<UserRecord, 'timeZone'>>()
        .exec(),
    ]);
    // One claim per sending: a resend (send 2, 3…) is emailed although the first was.
    const key = send && send > 1 ? `invitation-${invitationId}-${send}` : `invitation-${invitationId}`;
    const [claim] = await this.deliveries.claimMany([{ key, userId: invitationId }]);
    if (!claim?.send) return 'already-sent';
    const email = renderInvitationEmail(language, invitee?.timeZone ?? 'UTC', {
      processTitle: process?.title ?? '',
      inviterName: inviter?.name ?? 'Concordia',
      role: invitation.role,
      delegation: delegation?.name ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
      acceptUrl: `${this.config.mail.webBaseUrl}/invitations/${token}`,
    });
    await this.mailer.send({ ...email, to: invitation.email, messageId: claim.messageId, unsubscribeUrl: null });
    await this.deliveries.recordSent(claim);
    return 'sent';
  }
}
