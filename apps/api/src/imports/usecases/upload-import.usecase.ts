import { Injectable } from '@nestjs/common';
import { type ImportJob, QueueName } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { DraftScope } from '../../drafts/draft-scope.service';
import { InjectModels } from '../../infra/database.module';
import { JobQueue } from '../../infra/job-queue.service';
import { cleanFileName, inspectImportFile, type UploadedDocument } from '../import-file-inspector';
import { toImportJob } from '../import.mapper';

/**
 * Stores the uploaded document and queues it for parsing. The worker does the slow part; the
 * caller polls GET /imports/:id for progress and the preview.
 */
@Injectable()
export class UploadImportUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, draftId: string, file: UploadedDocument | undefined): Promise<ImportJob> {
    const { access, draft } = await this.scope.draft(principal, draftId, 'drafts.manage');
    const { file: upload, format } = inspectImportFile(file);
    const id = new Types.ObjectId();
    const fileName = cleanFileName(upload.originalname);
    let record;
    try {
      await this.models.importFiles.create({ _id: id, data: upload.buffer, createdAt: new Date() });
      record = await this.models.imports.create({
        _id: id,
        processId: access.processId,
        draftId: draft._id,
        fileName,
        format,
        sizeBytes: upload.size,
        status: 'queued',
        progress: 0,
        error: null,
        baseVersionId: null,
        parsed: null,
        preview: null,
        versionId: null,
        createdBy: new Types.ObjectId(principal.userId),
      });
      // jobId = importId: enqueuing the same import twice cannot parse it twice.
      await this.jobs.add(
        QueueName.Imports,
        'parse-import',
        { importId: id.toHexString() },
        { jobId: id.toHexString() },
      );
    } catch (error) {
      // Nothing half-stored: without the job nobody would ever process these.
      await Promise.allSettled([
        this.models.importFiles.deleteOne({ _id: id }),
        this.models.imports.deleteOne({ _id: id }),
      ]);
      throw error;
    }
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'import.uploaded',
      targetType: 'import',
      targetId: id,
      after: { draftId: draft._id.toHexString(), fileName, format, sizeBytes: upload.size },
      summary: `${fileName} uploaded for import into "${draft.title}"`,
      context: { file: fileName, title: draft.title },
    });
    return toImportJob(record.toObject());
  }
}
