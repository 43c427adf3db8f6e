import { Injectable } from '@nestjs/common';
import { type CarryForwardReport, ErrorCode, FieldIssueCode } from '@concordia/contracts';
import type { AnnotationAnchorRecord, AnnotationDispositionRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { DraftScope } from '../../drafts/draft-scope.service';
import { versionNotFound } from '../../drafts/version-errors';
import { BadRequestError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { readableAmong, viewerOf } from '../annotation-visibility';
import { Reanchorer } from '../reanchorer.service';

const EXCERPT_LENGTH = 160;

const excerptOf = (text: string): string =>
  text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;

/**
 * Paragraph by paragraph of the earlier version, each open comment and amendment the caller
 * may see, its disposition and where it landed in the later version. Any carry still missing
 * (a publication whose re-anchoring failed) is done first; carrying is idempotent.
 */
@Injectable()
export class CarryForwardReportUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly reanchorer: Reanchorer,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, draftId: string, fromId: string, toId: string): Promise<CarryForwardReport> {
    const { access, draft } = await this.scope.draft(principal, draftId, 'annotations.carry_forward');
    const [from, to] = await Promise.all(
      [fromId, toId].map((id) => this.reanchorer.version({ _id: new Types.ObjectId(id), draftId: draft._id })),
    );
    if (!from || !to || from.publishedAt === null || to.publishedAt === null) throw versionNotFound();
    if (from.sequence >= to.sequence) {
      throw new BadRequestError(ErrorCode.OperationInvalid, 'The report goes from an earlier version to a later one', [
        { path: 'to', code: FieldIssueCode.LaterVersion, message: 'must be a later version than from' },
      ]);
    }
    await this.reanchorer.carry(from, to);

    const placed = await this.reanchorer.placedIn(from);
    const shown = await readableAmong(
      this.models,
      viewerOf(access),
      placed.map((p) => p.record._id),
    );
    const items = placed.filter((p) => shown.has(p.record._id.toHexString()));
    const ids = items.map((p) => p.record._id);
    const [landed, dispositions, moderations] = await Promise.all([
      this.models.annotationAnchors
        .find({ versionId: to._id, annotationId: { $in: ids } })
        .lean<AnnotationAnchorRecord[]>()
        .exec(),
      this.models.annotationDispositions
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationDispositionRecord[]>()
        .exec(),
      this.models.annotationModerations
        .find({ annotationId: { $in: ids } })
        .select({ annotationId: 1 })
        .lean<{ annotationId: Types.ObjectId }[]>()
        .exec(),
    ]);
    // A hidden annotation's words stay hidden here too, except from its author.
    const hidden = new Set(moderations.map((m) => m.annotationId.toHexString()));
    const landedOf = new Map(landed.map((a) => [a.annotationId.toHexString(), a]));
    const dispositionOf = new Map(dispositions.map((d) => [d.annotationId.toHexString(), d.value]));
    const toNumber = new Map(to.sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p.number]));

    const fromParagraphs = from.sections.flatMap((s) => s.paragraphs);
    const known = new Set(fromParagraphs.map((p) => p.key));
    // Orphans of an even earlier version sit under a paragraph `from` no longer has: listed last.
    const gone = [...new Set(items.map((p) => p.paragraphKey).filter((key) => !known.has(key)))];
    const paragraphs: CarryForwardReport['paragraphs'] = [];
    for (const paragraph of [...fromParagraphs, ...gone.map((key) => ({ key, number: '' }))]) {
      const here = items.filter((p) => p.paragraphKey === paragraph.key);
      if (here.length === 0) continue;
      paragraphs.push({
        paragraphKey: paragraph.key,
        fromNumber: paragraph.number,
        toNumber: toNumber.get(paragraph.key) ?? null,
        annotations: here.map(({ record }) => {
          const key = record._id.toHexString();
          const anchor = landedOf.get(key);
          const anchored = anchor?.status === 'anchored';
          return {
            annotationId: key,
            kind: record.kind,
            excerpt:
              hidden.has(key) && !record.authorId.equals(principal.userId)
                ? ''
                : excerptOf(record.body || record.amendment?.text || ''),
            disposition: dispositionOf.get(key) ?? null,
            status: anchored ? 'anchored' : 'orphaned',
            method: anchored ? anchor.method : null,
            toParagraphKey: anchored ? anchor.paragraphKey : null,
          };
        }),
      });
    }
    return { fromVersionId: from._id.toHexString(), toVersionId: to._id.toHexString(), paragraphs };
  }
}
