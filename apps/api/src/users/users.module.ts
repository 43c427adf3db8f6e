import { Module } from '@nestjs/common';
import { CreateUserUseCase } from './usecases/create-user.usecase';
import { ListUsersUseCase } from './usecases/list-users.usecase';
import { SendPasswordResetUseCase } from './usecases/send-password-reset.usecase';
import { UpdateUserUseCase } from './usecases/update-user.usecase';
import { UnlockUserUseCase } from './usecases/unlock-user.usecase';
import { UsersController } from './users.controller';

@Module({
  controllers: [UsersController],
  providers: [ListUsersUseCase, CreateUserUseCase, UnlockUserUseCase, SendPasswordResetUseCase, UpdateUserUseCase],
})
export class UsersModule {}
