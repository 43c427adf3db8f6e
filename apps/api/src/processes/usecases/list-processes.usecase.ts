import { Injectable } from '@nestjs/common';
import type { ProcessList } from '@concordia/contracts';
import type { MembershipRecord, Models, ProcessRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { isAdmin, type Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { toProcess } from '../process.mapper';

@Injectable()
export class ListProcessesUseCase {
  constructor(@InjectModels() private readonly models: Models) {}

  /** The caller's processes; an admin sees all of them. */
  async execute(principal: Principal): Promise<ProcessList> {
    let filter: Record<string, unknown> = {};
    if (!isAdmin(principal)) {
      const memberships = await this.models.memberships
        .find({ userId: new Types.ObjectId(principal.userId) })
        .select({ processId: 1 })
        .lean<Pick<MembershipRecord, 'processId'>[]>()
        .exec();
      filter = { _id: { $in: memberships.map((m) => m.processId) } };
    }
    const processes = await this.models.processes.find(filter).sort({ createdAt: -1 }).lean<ProcessRecord[]>().exec();
    return { items: processes.map(toProcess) };
  }
}
