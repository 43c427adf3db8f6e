import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { CreateUserUseCase } from './usecases/create-user.usecase';
import { ListUsersUseCase } from './usecases/list-users.usecase';
import { SendPasswordResetUseCase } from './usecases/send-password-reset.usecase';
import { UnlockUserUseCase } from './usecases/unlock-user.usecase';
import { UpdateUserUseCase } from './usecases/update-user.usecase';
import { CreateUserRequestDto, UpdateUserRequestDto, UserDto, UserListDto } from './users.dtos';

@ApiTags('users')
@ApiDefaultError()
@Controller('users')
export class UsersController {
  constructor(
    private readonly listUsers: ListUsersUseCase,
    private readonly createUser: CreateUserUseCase,
    private readonly unlockUser: UnlockUserUseCase,
    private readonly sendPasswordReset: SendPasswordResetUseCase,
    private readonly updateUser: UpdateUserUseCase,
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

  @Patch(':id')
  @Authorize('users.manage')
  @ApiOperation({
    summary: "Change an account's name, email, platform roles, or disable it (its sessions end at once)",
  })
  @ZodResponse({ status: 200, type: UserDto })
  @ApiErrors(400, 404, 409)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: UpdateUserRequestDto,
  ) {
    return this.updateUser.execute(principal, id, body);
  }

  @Post(':id/unlock')
  @Authorize('users.manage')
  @ApiOperation({ summary: 'Clear the failed sign-in count and any lock' })
  @ZodResponse({ status: 200, type: UserDto })
  @ApiErrors(400, 404)
  unlock(@Param('id', ObjectIdPipe) id: string) {
    return this.unlockUser.execute(id);
  }

  @Post(':id/password-reset')
  @Authorize('users.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Email the person a link to choose a new password (at most 3 an hour per account)' })
  @ApiNoContentResponse({ description: 'The link is on its way' })
  @ApiErrors(400, 404, 409, 429)
  async passwordReset(@Param('id', ObjectIdPipe) id: string): Promise<void> {
    await this.sendPasswordReset.execute(id);
  }
}
