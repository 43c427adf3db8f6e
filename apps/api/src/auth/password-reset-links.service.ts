import { Inject, Injectable, Logger } from '@nestjs/common';
import { PASSWORD_RESET_EMAILS_PER_HOUR, PASSWORD_RESET_MINUTES, QueueName } from '@concordia/contracts';
import type { Models, PasswordResetRecord, UserRecord } from '@concordia/dal';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { JobQueue } from '../infra/job-queue.service';
import { InjectRedis } from '../infra/redis.module';
import { generateOpaqueToken, hashOpaqueToken } from './opaque-token';

const HOUR_MS = 3_600_000;

/** Sent, or refused for the hour: then how long until the account may be sent another. */
export type LinkIssue = { sent: true } | { sent: false; retryAfterSeconds: number };

/**
 * The links of "Forgot your password?". An account has at most one that works: asking again
 * replaces it, using it removes them all. The worker emails the link (`send-password-reset`):
 * the API never talks to the mail server, and the token exists only in that job and the email.
 */
@Injectable()
export class PasswordResetLinks {
  private readonly logger = new Logger(PasswordResetLinks.name);

  constructor(
    @InjectModels() private readonly models: Models,
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Sends a new link unless the account had its hourly share already: someone typing a
   * colleague's address again and again must not fill that colleague's inbox. Counted in Redis
   * (atomic across API processes, which FerretDB's `$inc` is not).
   */
  async issue(user: Pick<UserRecord, '_id'>): Promise<LinkIssue> {
    const userId = user._id.toHexString();
    const counter = `${this.config.redis.prefix}:auth:password-reset-emails:${userId}`;
    const [[incError, count], , [, leftMs]] = (await this.redis
      .multi()
      .incr(counter)
      .pexpire(counter, HOUR_MS, 'NX')
      .pttl(counter)
      .exec()) as [[Error | null, number], unknown, [Error | null, number]];
    if (incError) throw incError;
    if (count > PASSWORD_RESET_EMAILS_PER_HOUR) {
      this.logger.warn({ userId }, 'password reset asked too often: no email');
      return { sent: false, retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)) };
    }
    const token = generateOpaqueToken();
    const resetId = hashOpaqueToken(token);
    await this.models.passwordResets.deleteMany({ userId: user._id }).exec();
    await this.models.passwordResets.create({
      _id: resetId,
      userId: user._id,
      expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000),
    });
    await this.jobs.add(
      QueueName.Notifications,
      'send-password-reset',
      { resetId, token },
      { jobId: `password-reset-${resetId}`, removeOnComplete: true },
    );
    return { sent: true };
  }

  /**
   * Takes the link's token and, if it still works, uses it up: the delete is the claim, so two
   * uses at once cannot both succeed. Returns the account it was for, or null.
   */
  async consume(token: string, now = new Date()): Promise<PasswordResetRecord | null> {
    const resetId = hashOpaqueToken(token);
    const link = await this.models.passwordResets.findById(resetId).lean<PasswordResetRecord>().exec();
    if (!link) return null;
    const { deletedCount } = await this.models.passwordResets.deleteOne({ _id: resetId }).exec();
    if (deletedCount !== 1 || link.expiresAt.getTime() <= now.getTime()) return null;
    // The account's other links (none, unless one was being issued meanwhile) go with it.
    await this.models.passwordResets.deleteMany({ userId: link.userId }).exec();
    return link;
  }
}
