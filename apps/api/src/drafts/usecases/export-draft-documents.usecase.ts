import { Injectable } from '@nestjs/common';
import type { CompareQuery, Language } from '@concordia/contracts';
import type { DraftRecord, Models } from '@concordia/dal';
import { readerOf } from '../../common/reader';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { draftNotFound } from '../version-errors';
import { comparisonDocx } from '../exports/comparison-docx';
import { versionDocx } from '../exports/version-docx';
import { CompareVersionsUseCase } from './compare-versions.usecase';
import { GetVersionUseCase } from './get-version.usecase';

export interface DocumentFile {
  body: Buffer;
  fileName: string;
}

const DOCX = 'docx';
const safeName = (name: string) => name.replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^-|-$/g, '') || 'draft';

/**
 * Word documents of a draft, for circulating by email and reading offline: a version as it
 * stands, and two versions compared. Access and visibility are those of reading them on screen
 * (the same use cases); the few words of ours are in the reader's language.
 */
@Injectable()
export class ExportDraftDocumentsUseCase {
  constructor(
    private readonly getVersion: GetVersionUseCase,
    private readonly compareVersions: CompareVersionsUseCase,
    @InjectModels() private readonly models: Models,
  ) {}

  async version(principal: Principal, versionId: string): Promise<DocumentFile> {
    const version = await this.getVersion.execute(principal, versionId);
    const [{ draft, processTitle }, language] = await Promise.all([
      this.draftAndProcess(version.draftId),
      this.languageOf(principal),
    ]);
    const body = await versionDocx({
      draftTitle: draft.title,
      processTitle,
      label: version.label,
      publishedAt: version.publishedAt,
      note: version.note,
      generatedAt: new Date().toISOString(),
      sections: version.sections,
      language,
    });
    return { body, fileName: `${safeName(`${draft.title} ${version.label}`)}.${DOCX}` };
  }

  async comparison(principal: Principal, draftId: string, query: CompareQuery): Promise<DocumentFile> {
    const comparison = await this.compareVersions.execute(principal, draftId, query);
    const [{ draft, processTitle }, language] = await Promise.all([
      this.draftAndProcess(draftId),
      this.languageOf(principal),
    ]);
    const body = await comparisonDocx({ draftTitle: draft.title, processTitle, comparison, language });
    const name = `${draft.title} ${comparison.to.label} vs ${comparison.from.label}`;
    return { body, fileName: `${safeName(name)}.${DOCX}` };
  }

  /** Read after the use case has authorised the caller: the ids are known to be visible. */
  private async draftAndProcess(draftId: string): Promise<{ draft: DraftRecord; processTitle: string }> {
    const draft = await this.models.drafts.findById(draftId).lean<DraftRecord>().exec();
    if (!draft) throw draftNotFound();
    const process = await this.models.processes
      .findById(draft.processId)
      .select({ title: 1 })
      .lean<{ title: string }>()
      .exec();
    return { draft, processTitle: process?.title ?? '' };
  }

  private async languageOf(principal: Principal): Promise<Language> {
    return (await readerOf(this.models, principal)).language;
  }
}
