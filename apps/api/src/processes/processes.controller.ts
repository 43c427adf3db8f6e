import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize, AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  AddMemberRequestDto,
  CreateProcessRequestDto,
  MembershipDto,
  MembershipListDto,
  ProcessDto,
  ProcessListDto,
  UpdateMemberRequestDto,
} from './processes.dtos';
import { AddMemberUseCase } from './usecases/add-member.usecase';
import { CreateProcessUseCase } from './usecases/create-process.usecase';
import { GetProcessUseCase } from './usecases/get-process.usecase';
import { ListMembersUseCase } from './usecases/list-members.usecase';
import { ListProcessesUseCase } from './usecases/list-processes.usecase';
import { RemoveMemberUseCase } from './usecases/remove-member.usecase';
import { UpdateMemberUseCase } from './usecases/update-member.usecase';

@ApiTags('processes')
@ApiDefaultError()
@Controller('processes')
export class ProcessesController {
  constructor(
    private readonly listProcesses: ListProcessesUseCase,
    private readonly createProcess: CreateProcessUseCase,
    private readonly getProcess: GetProcessUseCase,
    private readonly listMembers: ListMembersUseCase,
    private readonly addMember: AddMemberUseCase,
    private readonly updateMember: UpdateMemberUseCase,
    private readonly removeMember: RemoveMemberUseCase,
  ) {}

  @Get()
  @Authorize('processes.list')
  @ApiOperation({ summary: "The caller's processes (all of them for an admin)" })
  @ZodResponse({ status: 200, type: ProcessListDto })
  list(@CurrentPrincipal() principal: Principal) {
    return this.listProcesses.execute(principal);
  }

  @Post()
  @Authorize('processes.create')
  @ApiOperation({ summary: 'Create a process; the creator becomes its secretariat' })
  @ZodResponse({ status: 201, type: ProcessDto })
  @ApiErrors(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateProcessRequestDto) {
    return this.createProcess.execute(principal, body);
  }

  @Get(':id')
  @AuthorizeInProcess('process.read')
  @ZodResponse({ status: 200, type: ProcessDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getProcess.execute(principal, id);
  }

  @Get(':id/members')
  @AuthorizeInProcess('members.read')
  @ZodResponse({ status: 200, type: MembershipListDto })
  @ApiErrors(400)
  members(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listMembers.execute(principal, id);
  }

  @Post(':id/members')
  @AuthorizeInProcess('members.manage')
  @ApiOperation({ summary: 'Add a member (admin or the process secretariat)' })
  @ZodResponse({ status: 201, type: MembershipDto })
  @ApiErrors(400, 409)
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: AddMemberRequestDto,
  ) {
    return this.addMember.execute(principal, id, body);
  }

  @Patch(':id/members/:membershipId')
  @AuthorizeInProcess('members.manage')
  @ApiOperation({ summary: "Change a member's role or delegation (admin or the process secretariat)" })
  @ZodResponse({ status: 200, type: MembershipDto })
  @ApiErrors(400, 409)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Param('membershipId', ObjectIdPipe) membershipId: string,
    @Body() body: UpdateMemberRequestDto,
  ) {
    return this.updateMember.execute(principal, id, membershipId, body);
  }

  @Delete(':id/members/:membershipId')
  @HttpCode(204)
  @AuthorizeInProcess('members.manage')
  @ApiOperation({
    summary:
      'Remove a member; what they wrote stays (409 LAST_SECRETARIAT for the last secretariat, CHAIR_OF_ACTIVE_ROUND for the chair of a scheduled or open round)',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, 409)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Param('membershipId', ObjectIdPipe) membershipId: string,
  ): Promise<void> {
    await this.removeMember.execute(principal, id, membershipId);
  }
}
