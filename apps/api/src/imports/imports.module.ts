import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { ImportScope } from './import-scope.service';
import { ImportsController } from './imports.controller';
import { AcceptImportUseCase } from './usecases/accept-import.usecase';
import { DiscardImportUseCase } from './usecases/discard-import.usecase';
import { GetImportUseCase } from './usecases/get-import.usecase';
import { GetOpenImportUseCase } from './usecases/get-open-import.usecase';
import { SaveImportCorrectionsUseCase } from './usecases/save-import-corrections.usecase';
import { UploadImportUseCase } from './usecases/upload-import.usecase';

@Module({
  imports: [DraftsModule],
  controllers: [ImportsController],
  providers: [
    ImportScope,
    UploadImportUseCase,
    GetImportUseCase,
    GetOpenImportUseCase,
    SaveImportCorrectionsUseCase,
    AcceptImportUseCase,
    DiscardImportUseCase,
  ],
})
export class ImportsModule {}
