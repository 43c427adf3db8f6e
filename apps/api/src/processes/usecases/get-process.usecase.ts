import { Injectable } from '@nestjs/common';
import type { Process } from '@concordia/contracts';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { toProcess } from '../process.mapper';

@Injectable()
export class GetProcessUseCase {
  constructor(private readonly access: ProcessAccessService) {}

  async execute(principal: Principal, processId: string): Promise<Process> {
    const access = await this.access.resolve(principal, processId, 'process.read');
    return toProcess(access.process);
  }
}
