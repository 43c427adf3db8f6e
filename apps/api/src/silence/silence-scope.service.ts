import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { Models, RoundRecord, SilenceProcedureRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import type { Principal } from '../authz/principal';
import { NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { RoundScope } from '../rounds/round-scope.service';

export const silenceNotFound = () => new NotFoundError('Silence procedure not found', ErrorCode.SilenceNotFound);

/** Loads a procedure with its round and the caller's access (outsiders of the process: 404). */
@Injectable()
export class SilenceScope {
  constructor(
    private readonly rounds: RoundScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async resolve(
    principal: Principal,
    procedureId: string,
    action: ProcessAction,
  ): Promise<{ access: ProcessAccess; round: RoundRecord; procedure: SilenceProcedureRecord }> {
    const procedure = await this.load(new Types.ObjectId(procedureId));
    if (!procedure) throw silenceNotFound();
    const { access, round } = await this.rounds
      .resolve(principal, procedure.roundId, action)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? silenceNotFound() : error;
      });
    return { access, round, procedure };
  }

  load(id: Types.ObjectId): Promise<SilenceProcedureRecord | null> {
    return this.models.silenceProcedures.findById(id).lean<SilenceProcedureRecord>().exec();
  }
}
