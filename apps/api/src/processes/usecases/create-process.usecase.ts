import { Injectable } from '@nestjs/common';
import { ErrorCode, type CreateProcessRequest, type Process } from '@concordia/contracts';
import { isDuplicateKeyError, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { MembershipWriter } from '../membership-writer.service';
import { toProcess } from '../process.mapper';

@Injectable()
export class CreateProcessUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly memberships: MembershipWriter,
  ) {}

  /** The creator becomes the process's secretariat, so someone can manage it from the start. */
  async execute(principal: Principal, request: CreateProcessRequest): Promise<Process> {
    const creatorId = new Types.ObjectId(principal.userId);
    let process;
    try {
      process = await this.models.processes.create({ ...request, createdBy: creatorId });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw new ConflictError(ErrorCode.ProcessTitleTaken, 'A process with this title already exists');
      throw error;
    }
    try {
      await this.memberships.add(process._id, creatorId, { role: 'secretariat', delegationId: null });
    } catch (error) {
      // No transactions on FerretDB: undo the process rather than leave one nobody manages.
      await this.models.processes.deleteOne({ _id: process._id });
      throw error;
    }
    return toProcess(process.toObject());
  }
}
