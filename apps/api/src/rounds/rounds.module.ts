import { Module } from '@nestjs/common';
import { RoundsController } from './rounds.controller';
import { ListRoundsUseCase } from './usecases/list-rounds.usecase';

@Module({
  controllers: [RoundsController],
  providers: [ListRoundsUseCase],
})
export class RoundsModule {}
