import { Module } from '@nestjs/common';
import { AmendmentApplications } from './amendments/amendment-applications.service';
import { AmendmentSource } from './amendments/amendment-source.service';
import { DraftScope } from './draft-scope.service';
import { DraftsController } from './drafts.controller';
import { CompareVersionsUseCase } from './usecases/compare-versions.usecase';
import { ApplyOperationUseCase } from './usecases/apply-operation.usecase';
import { CreateDraftUseCase } from './usecases/create-draft.usecase';
import { ExportDraftDocumentsUseCase } from './usecases/export-draft-documents.usecase';
import { GetDraftUseCase } from './usecases/get-draft.usecase';
import { GetVersionUseCase } from './usecases/get-version.usecase';
import { ListApplicationsUseCase } from './usecases/list-applications.usecase';
import { ListDraftsUseCase } from './usecases/list-drafts.usecase';
import { PublishedParagraphsCache } from './published-paragraphs.service';
import { PublishVersionUseCase } from './usecases/publish-version.usecase';
import { VersionPublishedHooks } from './version-published.hooks';
import { VersionStore } from './version-store.service';
import { VersionsController } from './versions.controller';

@Module({
  controllers: [DraftsController, VersionsController],
  providers: [
    DraftScope,
    VersionStore,
    ListDraftsUseCase,
    CreateDraftUseCase,
    GetDraftUseCase,
    GetVersionUseCase,
    CompareVersionsUseCase,
    ExportDraftDocumentsUseCase,
    ApplyOperationUseCase,
    PublishVersionUseCase,
    ListApplicationsUseCase,
    VersionPublishedHooks,
    PublishedParagraphsCache,
    AmendmentSource,
    AmendmentApplications,
  ],
  exports: [DraftScope, VersionStore, VersionPublishedHooks, PublishedParagraphsCache, AmendmentApplications],
})
export class DraftsModule {}
