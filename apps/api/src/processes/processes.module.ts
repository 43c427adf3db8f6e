import { Module } from '@nestjs/common';
import { MemberChanges } from './member-changes.service';
import { MemberSockets } from './member-sockets.service';
import { MembersReader } from './members-reader.service';
import { MembershipWriter } from './membership-writer.service';
import { ProcessesController } from './processes.controller';
import { AddMemberUseCase } from './usecases/add-member.usecase';
import { CreateProcessUseCase } from './usecases/create-process.usecase';
import { GetProcessUseCase } from './usecases/get-process.usecase';
import { ListMembersUseCase } from './usecases/list-members.usecase';
import { ListProcessesUseCase } from './usecases/list-processes.usecase';
import { RemoveMemberUseCase } from './usecases/remove-member.usecase';
import { UpdateMemberUseCase } from './usecases/update-member.usecase';

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
    MemberChanges,
    MemberSockets,
    UpdateMemberUseCase,
    RemoveMemberUseCase,
  ],
  exports: [MembershipWriter],
})
export class ProcessesModule {}
