import { createUserRequestSchema, updateUserRequestSchema, userListSchema, userSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class UserDto extends createZodDto(userSchema) {}
export class UserListDto extends createZodDto(userListSchema) {}
export class CreateUserRequestDto extends createZodDto(createUserRequestSchema) {}
export class UpdateUserRequestDto extends createZodDto(updateUserRequestSchema) {}
