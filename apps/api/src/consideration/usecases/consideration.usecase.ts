import { Injectable } from '@nestjs/common';
import { type Consideration, ErrorCode, type SetConsiderationRequest } from '@concordia/contracts';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { NotFoundError } from '../../errors/domain-errors';
import { assertChairOrSecretariat, assertRoundLive } from '../../rounds/chair-rules';
import { ParagraphStatuses } from '../../rounds/paragraph-statuses.service';
import { RoundScope } from '../../rounds/round-scope.service';
import { ConsiderationStore } from '../consideration-store.service';

/**
 * The paragraph the room is on ("we now turn to paragraph 12"): everyone in the round reads it;
 * the round's chair or the secretariat set and clear it while the round takes input (open and
 * before its closing time), as for the other live instruments that move the session on.
 */
@Injectable()
export class ConsiderationUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly store: ConsiderationStore,
    private readonly statuses: ParagraphStatuses,
    private readonly audit: AuditLogService,
  ) {}

  async get(principal: Principal, roundId: string): Promise<Consideration> {
    const { round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    return this.store.read(round._id);
  }

  async set(principal: Principal, roundId: string, request: SetConsiderationRequest): Promise<Consideration> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'speakers.manage');
    assertChairOrSecretariat(access, round, principal, 'set the paragraph under consideration');
    const { paragraphKey } = request;
    assertRoundLive(
      round,
      paragraphKey === null ? 'the paragraph under consideration is cleared' : 'a paragraph is taken up',
    );
    const number = paragraphKey === null ? null : await this.numberOf(round, paragraphKey);
    const consideration = await this.store.set(round._id, paragraphKey, {
      userId: new Types.ObjectId(principal.userId),
      name: principal.name,
    });
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: paragraphKey === null ? 'consideration.cleared' : 'consideration.set',
      targetType: 'round',
      targetId: round._id.toHexString(),
      after: { roundId: round._id.toHexString(), paragraphKey, revision: consideration.revision },
      summary:
        number === null
          ? `No paragraph under consideration in round "${round.name}"`
          : `Paragraph ${number} under consideration in round "${round.name}"`,
      context: { round: round.name, ...(number === null ? {} : { paragraphs: [number] }) },
    });
    return consideration;
  }

  /** The paragraph's number as readers know it; 404 for a key the round's version lacks. */
  private async numberOf(round: Parameters<ParagraphStatuses['keysOf']>[0], key: string): Promise<string> {
    if (!(await this.statuses.keysOf(round)).includes(key)) {
      throw new NotFoundError(`The round's version has no paragraph ${key}`, ErrorCode.ParagraphNotFound);
    }
    return this.statuses.numberOf(round, key);
  }
}
