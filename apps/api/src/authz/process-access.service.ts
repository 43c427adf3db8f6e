import { Injectable } from '@nestjs/common';
import type { MembershipRecord, Models, ProcessRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { GenerationCache } from './generation-cache';
import { decideInProcess, type ProcessAction } from './policies';
import type { Principal } from './principal';
import { WriteGenerations } from './write-generations.service';

const brand: unique symbol = Symbol('ProcessAccess');

/**
 * Proof that a caller may act in a process. Only ProcessAccessService creates one, and every
 * query for process-scoped data takes one, so such data cannot be read without this check.
 */
export interface ProcessAccess {
  readonly [brand]: true;
  readonly principal: Principal;
  readonly process: ProcessRecord;
  readonly processId: Types.ObjectId;
  /** null for an admin who is not a member. */
  readonly membership: MembershipRecord | null;
  /** Whether the caller may also do another action in this process (no throw). */
  can(action: ProcessAction): boolean;
}

export const PROCESS_NOT_FOUND = 'Process not found';

/**
 * For objects inside a process: a caller who may not see the process must not learn that the
 * object exists either, so the process's 404 becomes the object's own 404.
 */
export const hiding =
  (notFound: () => NotFoundError) =>
  (error: unknown): never => {
    throw error instanceof NotFoundError ? notFound() : error;
  };

/** Remembered reads (see WriteGenerations): processes and memberships, a non-member's absence too. */
const CACHED_ENTRIES = 20_000;
const CACHED_FOR_MS = 30_000;

@Injectable()
export class ProcessAccessService {
  private readonly processes = new GenerationCache<ProcessRecord | null>(CACHED_ENTRIES, CACHED_FOR_MS);
  private readonly memberships = new GenerationCache<MembershipRecord | null>(CACHED_ENTRIES, CACHED_FOR_MS);

  constructor(
    @InjectModels() private readonly models: Models,
    private readonly generations: WriteGenerations,
  ) {}

  /**
   * Loads the process with the caller's membership and checks the action. A non-member gets
   * the same 404 as for a process that does not exist.
   */
  async resolve(
    principal: Principal,
    processId: string | Types.ObjectId,
    action: ProcessAction,
  ): Promise<ProcessAccess> {
    const id = typeof processId === 'string' ? new Types.ObjectId(processId) : processId;
    const generation = await this.generations.read(['processes', 'memberships'], principal);
    const [process, membership] = await Promise.all([
      this.processes.get(id.toHexString(), generation, () =>
        this.models.processes.findById(id).lean<ProcessRecord>().exec(),
      ),
      this.memberships.get(`${id.toHexString()}:${principal.userId}`, generation, () =>
        this.models.memberships
          .findOne({ processId: id, userId: new Types.ObjectId(principal.userId) })
          .lean<MembershipRecord>()
          .exec(),
      ),
    ]);
    if (!process) throw new NotFoundError(PROCESS_NOT_FOUND);
    const role = membership?.role ?? null;
    const decision = decideInProcess(principal, role, action);
    if (decision === 'hidden') throw new NotFoundError(PROCESS_NOT_FOUND);
    if (decision === 'forbidden') throw new ForbiddenError('Your role in this process does not allow this');
    return {
      [brand]: true,
      principal,
      process,
      processId: process._id,
      membership: membership ?? null,
      can: (other) => decideInProcess(principal, role, other) === 'allow',
    };
  }
}
