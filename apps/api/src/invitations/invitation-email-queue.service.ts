import { Injectable, Logger } from '@nestjs/common';
import { type Language, QueueName } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { Principal } from '../authz/principal';
import { InjectModels } from '../infra/database.module';
import { JobQueue } from '../infra/job-queue.service';

/**
 * Queues the email carrying an invitation's link for the worker (`send-invitation`). Each sending
 * (the first, then each resend with its new link) has its own job and delivery claim, so a resend
 * is emailed even though the first was, and a retried job still sends only once.
 */
@Injectable()
export class InvitationEmailQueue {
  private readonly logger = new Logger(InvitationEmailQueue.name);

  constructor(
    @InjectModels() private readonly models: Models,
    private readonly jobs: JobQueue,
  ) {}

  /** In the invitee's language when they have an account, else in the inviter's. */
  async languageFor(email: string, inviter: Principal): Promise<Language> {
    const [invitee, sender] = await Promise.all([
      this.models.users.findOne({ email }).select({ language: 1 }).lean<Pick<UserRecord, 'language'>>().exec(),
      this.models.users.findById(inviter.userId).select({ language: 1 }).lean<Pick<UserRecord, 'language'>>().exec(),
    ]);
    return invitee?.language ?? sender?.language ?? 'en';
  }

  /**
   * The invitation stands even when the queue cannot take the job (Redis down): false tells the
   * inviter, and the link shown once is theirs to send.
   */
  async queue(invitationId: Types.ObjectId, token: string, language: Language, send: number): Promise<boolean> {
    const id = invitationId.toHexString();
    try {
      await this.jobs.add(
        QueueName.Notifications,
        'send-invitation',
        { invitationId: id, token, language, ...(send > 1 ? { send } : {}) },
        { jobId: send > 1 ? `invitation-${id}-${send}` : `invitation-${id}`, removeOnComplete: true },
      );
      return true;
    } catch (error) {
      this.logger.warn(
        { invitationId: id, error: error instanceof Error ? error.message : String(error) },
        'invitation email not queued',
      );
      return false;
    }
  }
}
