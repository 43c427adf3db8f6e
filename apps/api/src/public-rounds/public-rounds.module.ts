import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { ConsiderationModule } from '../consideration/consideration.module';
import { RoundsModule } from '../rounds/rounds.module';
import { PublicRoundUseCase } from './public-round.usecase';
import { PublicRoundsController } from './public-rounds.controller';

/** What the platform shows to anyone, without an account: public rounds. */
@Module({
  imports: [AnnotationsModule, RoundsModule, ConsiderationModule],
  controllers: [PublicRoundsController],
  providers: [PublicRoundUseCase],
})
export class PublicRoundsModule {}
