import { Module } from '@nestjs/common';
import { MembersReader } from './members-reader.service';
import { MembershipWriter } from './membership-writer.service';
import { ProcessesController } from './processes.controller';
import { AddMemberUseCase } from './usecases/add-member.usecase';
import { CreateProcessUseCase } from './usecases/create-process.usecase';
import { GetProcessUseCase } from './usecases/get-process.usecase';
import { ListMembersUseCase } from './usecases/list-members.usecase';
import { ListProcessesUseCase } from './usecases/list-processes.usecase';

@Module({
  controllers: [ProcessesController],
  providers: [
    MembershipWriter,
    MembersReader,
    ListProcessesUseCase,
    CreateProcessUseCase,
    GetProcessUseCase,
    ListMembersUseCase,
    AddMemberUseCase,
  ],
  exports: [MembershipWriter],
})
export class ProcessesModule {}
