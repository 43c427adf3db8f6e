import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { CreateUserUseCase } from './usecases/create-user.usecase';
import { ListUsersUseCase } from './usecases/list-users.usecase';
import { UnlockUserUseCase } from './usecases/unlock-user.usecase';
import { CreateUserRequestDto, UserDto, UserListDto } from './users.dtos';

@ApiTags('users')
@ApiDefaultError()
@Controller('users')
export class UsersController {
  constructor(
    private readonly listUsers: ListUsersUseCase,
    private readonly createUser: CreateUserUseCase,
    private readonly unlockUser: UnlockUserUseCase,
  ) {}

  @Get()
  @Authorize('users.manage')
  @ZodResponse({ status: 200, type: UserListDto })
  list() {
    return this.listUsers.execute();
  }

  @Post()
  @Authorize('users.manage')
  @ZodResponse({ status: 201, type: UserDto })
  @ApiErrors(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserRequestDto) {
    return this.createUser.execute(principal, body);
  }

  @Post(':id/unlock')
  @Authorize('users.manage')
  @ApiOperation({ summary: 'Clear the failed sign-in count and any lock' })
  @ZodResponse({ status: 200, type: UserDto })
  @ApiErrors(400, 404)
  unlock(@Param('id', ObjectIdPipe) id: string) {
    return this.unlockUser.execute(id);
  }
}
