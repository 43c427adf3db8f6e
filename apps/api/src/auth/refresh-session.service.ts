import { setTimeout as delay } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { Models, RefreshSessionRecord } from '@concordia/dal';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnauthorizedError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';
import { generateOpaqueToken, hashOpaqueToken } from './opaque-token';
import { openHandoff, sealHandoff } from './refresh-handoff';
import { SessionSockets } from './session-sockets.service';

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  userId: string;
  expiresAt: Date;
}

/** How long a late rotation waits for the winning one to store its successor. */
const HANDOFF_WAIT_MS = 3000;

const refreshInvalid = () =>
  new UnauthorizedError(ErrorCode.AuthRefreshInvalid, 'The session is missing, expired or revoked; sign in again');

/**
 * Refresh tokens with rotation, reuse detection and a grace window (REFRESH_GRACE_SECONDS). State
 * changes are single-document updates or family-wide updateMany calls (FerretDB has no
 * transactions); the rotation itself is claimed in Redis first, and its successor is handed to
 * late presenters through Redis too, sealed with the replaced token.
 */
@Injectable()
export class RefreshSessionService {
  private readonly logger = new Logger(RefreshSessionService.name);

  constructor(
    @InjectModels() private readonly models: Models,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRedis() private readonly redis: Redis,
    private readonly sockets: SessionSockets,
  ) {}

  /**
   * One winner per refresh token across requests and API processes. FerretDB v1 applies a
   * conditional update as read-then-write, so two concurrent `{rotatedAt: null}` updates can
   * both succeed; Redis SET NX cannot. The claim only has to outlive the database update that
   * follows it, after which `rotatedAt` answers.
   */
  private async claim(sessionId: Types.ObjectId): Promise<boolean> {
    const key = `${this.config.redis.prefix}:auth:refresh-claim:${sessionId.toHexString()}`;
    return (await this.redis.set(key, '1', 'PX', 10 * 60_000, 'NX')) === 'OK';
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 24 * 3600 * 1000);
  }

  private async insert(userId: Types.ObjectId, familyId: Types.ObjectId): Promise<IssuedRefreshToken> {
    const token = generateOpaqueToken();
    const expiresAt = this.expiry();
    await this.models.refreshSessions.create({ userId, familyId, tokenHash: hashOpaqueToken(token), expiresAt });
    return { token, familyId: familyId.toHexString(), userId: userId.toHexString(), expiresAt };
  }

  /** A new login: a new family. */
  start(userId: string | Types.ObjectId): Promise<IssuedRefreshToken> {
    return this.insert(new Types.ObjectId(userId), new Types.ObjectId());
  }

  /** Looks a presented token up without changing anything (null when unknown). */
  private find(token: string): Promise<RefreshSessionRecord | null> {
    return this.models.refreshSessions
      .findOne({ tokenHash: hashOpaqueToken(token) })
      .lean<RefreshSessionRecord>()
      .exec();
  }

  /**
   * Exchanges a refresh token for a new one of the same family. A token presented after it
   * was rotated means two parties hold it: the whole family is revoked, ending the thief's
   * and the owner's sessions alike. Except within the grace window: two tabs of one browser
   * share the cookie and renew at the same moment, so whoever presents the token just replaced
   * gets the successor that rotation issued (the family keeps a single live token, and every
   * response sets the same cookie, whichever arrives last). An older ancestor still revokes.
   */
  async rotate(
    token: string | undefined,
    beforeIssue?: (userId: string) => Promise<void>,
  ): Promise<IssuedRefreshToken> {
    if (!token) throw refreshInvalid();
    const session = await this.find(token);
    const now = new Date();
    if (!session || session.revokedAt) throw refreshInvalid();
    if (session.rotatedAt && now.getTime() - session.rotatedAt.getTime() > this.graceMs) {
      return this.reuseDetected(session);
    }
    if (session.expiresAt <= now) throw refreshInvalid();
    if (beforeIssue) await beforeIssue(session.userId.toHexString());
    if (session.rotatedAt) return this.successorOf(token, session);
    // Of concurrent rotations only one gets the claim; the others are handed its successor.
    if (!(await this.claim(session._id))) {
      return this.graceMs > 0 ? this.successorOf(token, session) : this.reuseDetected(session);
    }
    const marked = await this.models.refreshSessions.updateOne(
      { _id: session._id, rotatedAt: null, revokedAt: null },
      { $set: { rotatedAt: now } },
    );
    if (marked.modifiedCount !== 1) return this.reuseDetected(session);
    const successor = await this.insert(session.userId, session.familyId);
    if (this.graceMs > 0) {
      await this.redis.set(this.handoffKey(session._id), sealHandoff(token, successor), 'PX', this.graceMs);
    }
    return successor;
  }

  private get graceMs(): number {
    return this.config.auth.refreshGraceSeconds * 1000;
  }

  private handoffKey(sessionId: Types.ObjectId): string {
    return `${this.config.redis.prefix}:auth:refresh-handoff:${sessionId.toHexString()}`;
  }

  private async reuseDetected(session: RefreshSessionRecord): Promise<never> {
    this.logger.warn(
      { familyId: session.familyId.toHexString(), userId: session.userId.toHexString() },
      'refresh token reuse detected; family revoked',
    );
    await this.revokeFamily(session.familyId);
    throw refreshInvalid();
  }

  /**
   * The successor the winning rotation of `token` issued, waiting for it while that rotation is
   * still writing. Handed over only while it is the family's live token: if it has been rotated
   * in turn, `token` is two generations old, which no tab of the owner's browser still holds.
   */
  private async successorOf(token: string, session: RefreshSessionRecord): Promise<IssuedRefreshToken> {
    const key = this.handoffKey(session._id);
    let sealed = await this.redis.get(key);
    for (let waited = 0, pause = 10; sealed === null && waited < HANDOFF_WAIT_MS; pause = Math.min(pause * 2, 200)) {
      await delay(pause);
      waited += pause;
      sealed = await this.redis.get(key);
    }
    const handoff = sealed === null ? null : openHandoff(token, sealed);
    if (!handoff) {
      // The winning rotation failed or stalled: not evidence of theft, so the family is left alone.
      this.logger.warn({ familyId: session.familyId.toHexString() }, 'refresh rotation produced no successor in time');
      throw refreshInvalid();
    }
    const successor = await this.find(handoff.token);
    if (!successor || successor.revokedAt) throw refreshInvalid();
    if (successor.rotatedAt) return this.reuseDetected(session);
    return {
      token: handoff.token,
      familyId: session.familyId.toHexString(),
      userId: session.userId.toHexString(),
      expiresAt: successor.expiresAt,
    };
  }

  /** Ends the session: its refresh tokens, then its open sockets (which cannot reconnect). */
  async revokeFamily(familyId: string | Types.ObjectId): Promise<void> {
    const family = new Types.ObjectId(familyId);
    await this.models.refreshSessions.updateMany(
      { familyId: family, revokedAt: null },
      { $set: { revokedAt: new Date() } },
    );
    this.sockets.end([family.toHexString()]);
  }

  /** Logout: revokes the family of the presented token, if it is one of ours. */
  async revokeByToken(token: string | undefined): Promise<void> {
    if (!token) return;
    const session = await this.find(token);
    if (session) await this.revokeFamily(session.familyId);
  }

  /** After a password change: every other login of the user ends. */
  async revokeOthers(userId: string, keepFamilyId: string): Promise<void> {
    await this.models.refreshSessions.updateMany(
      { userId: new Types.ObjectId(userId), familyId: { $ne: new Types.ObjectId(keepFamilyId) }, revokedAt: null },
      { $set: { revokedAt: new Date() } },
    );
    this.sockets.endAllBut(userId, keepFamilyId);
  }

  /** After a password reset: every login of the user ends, sockets included. */
  async revokeAll(userId: string): Promise<void> {
    await this.models.refreshSessions.updateMany(
      { userId: new Types.ObjectId(userId), revokedAt: null },
      { $set: { revokedAt: new Date() } },
    );
    this.sockets.endAll(userId);
  }

  /** When the family's session stops holding unless revoked first: its latest expiry, or null if it has ended. */
  async liveUntil(familyId: string): Promise<Date | null> {
    const latest = await this.models.refreshSessions
      .findOne({ familyId: new Types.ObjectId(familyId), revokedAt: null, expiresAt: { $gt: new Date() } })
      .sort({ expiresAt: -1 })
      .select({ expiresAt: 1 })
      .lean<Pick<RefreshSessionRecord, 'expiresAt'>>()
      .exec();
    return latest?.expiresAt ?? null;
  }
}
