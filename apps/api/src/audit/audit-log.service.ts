import { Injectable, Logger } from '@nestjs/common';
import type { AuditAction, AuditContext } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../authz/principal';
import { InjectModels } from '../infra/database.module';

export interface AuditRecordInput {
  actor: Principal;
  processId: Types.ObjectId | string | null;
  action: AuditAction;
  targetType: string;
  targetId: Types.ObjectId | string;
  before?: unknown;
  after?: unknown;
  /** English, for the CSV and for readers of old entries; the web renders its own from `context`. */
  summary: string;
  /** The names the summary uses (round, paragraph numbers, file…), for a summary in the reader's language. */
  context: AuditContext;
  /**
   * The entry's id, chosen beforehand by a change that leaves no document of its own to prove it
   * happened (a deletion): its notification outbox record names this entry instead.
   */
  id?: Types.ObjectId;
}

/**
 * Appends to the audit log. Call it after the state change has been written: without
 * multi-document transactions, an entry for a change that failed would be a false record,
 * while a missing entry after a crash is logged loudly here.
 */
@Injectable()
export class AuditLogService {
  private readonly logger = new Logger(AuditLogService.name);

  constructor(@InjectModels() private readonly models: Models) {}

  async record(input: AuditRecordInput): Promise<void> {
    const entry = {
      _id: input.id ?? new Types.ObjectId(),
      processId: input.processId === null ? null : new Types.ObjectId(input.processId),
      actorId: new Types.ObjectId(input.actor.userId),
      actorName: input.actor.name,
      action: input.action,
      targetType: input.targetType,
      targetId: String(input.targetId),
      at: new Date(),
      before: input.before ?? null,
      after: input.after ?? null,
      summary: input.summary,
      context: input.context,
    };
    try {
      await this.models.auditLog.collection.insertOne(entry);
    } catch (error) {
      this.logger.error({ err: error, audit: { ...entry, before: undefined, after: undefined } }, 'audit entry lost');
      throw error;
    }
  }
}
