import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { ReadingMarks } from './reading-marks.service';
import { ReadingMarksController } from './reading-marks.controller';
import { VisitRoundUseCase } from './usecases/visit-round.usecase';

@Module({
  imports: [AnnotationsModule],
  controllers: [ReadingMarksController],
  providers: [ReadingMarks, VisitRoundUseCase],
})
export class ReadingMarksModule {}
