import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { RoundScope } from '../rounds/round-scope.service';
import { MatrixReader } from './matrix-reader.service';
import { PositionParagraphs } from './position-paragraphs.service';
import { PositionRecords } from './position-records.service';
import { PositionRows } from './position-rows.service';
import { PositionScope } from './position-scope.service';
import { PositionsController } from './positions.controller';
import { DelegationReportUseCase } from './usecases/delegation-report.usecase';
import { ExportPositionsUseCase } from './usecases/export-positions.usecase';
import { ListPositionsUseCase } from './usecases/list-positions.usecase';
import { PositionChangesUseCase } from './usecases/position-changes.usecase';
import { PositionEvolutionUseCase } from './usecases/position-evolution.usecase';
import { PositionHistoryUseCase } from './usecases/position-history.usecase';
import { PositionMatrixUseCase } from './usecases/position-matrix.usecase';
import { RecordPositionUseCase } from './usecases/record-position.usecase';

@Module({
  imports: [AnnotationsModule],
  controllers: [PositionsController],
  providers: [
    // The stateless round loader, as in the annotations module.
    RoundScope,
    PositionScope,
    MatrixReader,
    PositionRecords,
    PositionRows,
    PositionParagraphs,
    RecordPositionUseCase,
    ListPositionsUseCase,
    PositionHistoryUseCase,
    PositionMatrixUseCase,
    PositionChangesUseCase,
    PositionEvolutionUseCase,
    ExportPositionsUseCase,
    DelegationReportUseCase,
  ],
})
export class PositionsModule {}
