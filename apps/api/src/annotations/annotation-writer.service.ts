import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import {
  type AnnotationRecord,
  type DelegationRecord,
  isDuplicateKeyError,
  type MembershipRecord,
  type Models,
  type RoundRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import { DelegationNames } from '../delegations/delegation-names.service';
import { ConflictError, ForbiddenError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { findMentions } from './body-text';

export type NewAnnotation = Omit<
  AnnotationRecord,
  | '_id'
  | 'authorId'
  | 'authorName'
  | 'delegationId'
  | 'delegationName'
  | 'mentions'
  | 'audienceDelegationId'
  | 'threadAuthorId'
  | 'status'
  | 'editedAt'
  | 'createdAt'
>;

/** The thread a reply joins; a new root starts its own. */
export type ThreadRoot = Pick<AnnotationRecord, 'audienceDelegationId' | 'threadAuthorId'> | null;

export interface Inserted {
  record: AnnotationRecord;
  /** false when this was a retry answered with the annotation created the first time. */
  created: boolean;
}

/** Creates annotations idempotently on (author, clientId), with the author's names and mentions. */
@Injectable()
export class AnnotationWriter {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly delegationNames: DelegationNames,
  ) {}

  /**
   * The annotation an earlier request with this clientId created, if any (checked against the
   * fingerprint). Writers insert first and come here only when the unique (author, clientId)
   * index refuses the insert or when the request would be refused: a retry is then still
   * answered with what the first attempt created.
   */
  async previous(access: ProcessAccess, clientId: string, requestHash: string): Promise<AnnotationRecord | null> {
    const existing = await this.models.annotations
      .findOne({ authorId: new Types.ObjectId(access.principal.userId), clientId })
      .lean<AnnotationRecord>()
      .exec();
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new ConflictError(
        ErrorCode.ClientIdConflict,
        'This clientId was already used for a different annotation; generate a new one for a new annotation',
      );
    }
    return existing;
  }

  /** The complete document of a new annotation: the author's names and the mentions in it. */
  async prepare(
    access: ProcessAccess,
    round: RoundRecord,
    root: ThreadRoot,
    fields: NewAnnotation,
  ): Promise<AnnotationRecord> {
    if (!access.membership) throw new ForbiddenError('Only members of the process can write annotations');
    // The author's name comes with the principal, read on this request: no second lookup.
    const [delegation, mentions] = await Promise.all([
      access.membership.delegationId ? this.delegationNames.get(access.membership.delegationId) : null,
      this.mentionsIn(access, round, `${fields.body}\n${fields.amendment?.text ?? ''}`),
    ]);
    return {
      ...fields,
      _id: new Types.ObjectId(),
      authorId: new Types.ObjectId(access.principal.userId),
      authorName: access.principal.name,
      delegationId: delegation?._id ?? null,
      delegationName: delegation?.name ?? null,
      mentions,
      audienceDelegationId: root ? root.audienceDelegationId : (delegation?._id ?? null),
      threadAuthorId: root ? root.threadAuthorId : new Types.ObjectId(access.principal.userId),
      status: 'open' as const,
      editedAt: null,
      createdAt: new Date(),
    } satisfies AnnotationRecord;
  }

  /** Stores a prepared annotation, or answers a retry with the one its first attempt stored. */
  async store(access: ProcessAccess, document: AnnotationRecord): Promise<Inserted> {
    try {
      await this.models.annotations.collection.insertOne(document);
      return { record: document, created: true };
    } catch (error) {
      // The same request raced itself (a double submit): the unique index let one through.
      if (!isDuplicateKeyError(error)) throw error;
      const first = await this.previous(access, document.clientId, document.requestHash);
      if (!first) throw error;
      return { record: first, created: false };
    }
  }

  /** Delegations of the process (members' delegations and the round's participants). */
  private async mentionsIn(access: ProcessAccess, round: RoundRecord, text: string): Promise<Types.ObjectId[]> {
    if (!text.includes('@')) return [];
    const members = await this.models.memberships
      .find({ processId: access.processId, delegationId: { $ne: null } })
      .select({ delegationId: 1 })
      .lean<Pick<MembershipRecord, 'delegationId'>[]>()
      .exec();
    const ids = new Map<string, Types.ObjectId>();
    for (const id of [...members.map((m) => m.delegationId), ...round.delegationIds]) {
      if (id) ids.set(id.toHexString(), id);
    }
    const delegations = await this.models.delegations
      .find({ _id: { $in: [...ids.values()] } })
      .select({ name: 1, code: 1 })
      .lean<Pick<DelegationRecord, '_id' | 'name' | 'code'>[]>()
      .exec();
    const found = findMentions(
      text,
      delegations.map((d) => ({ id: d._id.toHexString(), code: d.code, name: d.name })),
    );
    return found.map((id) => new Types.ObjectId(id));
  }
}
