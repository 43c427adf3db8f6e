import { Injectable } from '@nestjs/common';
import { type Annotation, ErrorCode } from '@concordia/contracts';
import type { DelegationRecord, DraftVersionRecord, Models, ParagraphStatusRecord } from '@concordia/dal';
import { AnnotationScope } from '../../annotations/annotation-scope.service';
import { RoundAnnotations } from '../../annotations/round-annotations.service';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { readerOf, readerTime } from '../../common/reader';
import { ForbiddenError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { compiledAnnotations } from '../exports/compiled-annotations';
import { delegationReportDocx, type ReportedParagraph } from '../exports/delegation-report-docx';
import { PositionParagraphs } from '../position-paragraphs.service';
import { type ExportFile, safeName } from './export-positions.usecase';

/** The threads (roots and their replies) whose root passes `keep`. */
const threadsWhere = (items: readonly Annotation[], keep: (root: Annotation) => boolean): Annotation[] => {
  const roots = new Set(items.filter((a) => a.parentId === null && keep(a)).map((a) => a.id));
  return items.filter((a) => roots.has(a.parentId ?? a.id));
};

/**
 * A delegation's report on a round, for its capital, taken by one of its members: what the
 * delegation said and did there. The annotations come from the member's own list (the round's
 * visibility rules, their delegation's internal notes included), never from a filter of the
 * report's own; positions are the delegation's own (an observer delegation records none, and its
 * report leaves them out). Audited like the secretariat's exports.
 */
@Injectable()
export class DelegationReportUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly roundAnnotations: RoundAnnotations,
    private readonly positions: PositionParagraphs,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async docx(principal: Principal, roundId: string): Promise<ExportFile> {
    const { access, round } = await this.scope.round(principal, roundId, 'positions.report');
    const delegationId = access.membership?.delegationId;
    if (!delegationId) {
      throw new ForbiddenError('Only a member of a delegation takes its report', ErrorCode.DelegationRequired);
    }
    const ours = delegationId.toHexString();
    const [version, statuses, cells, items, delegation, reader] = await Promise.all([
      this.models.draftVersions
        .findById(round.versionId)
        .select({ sections: 1 })
        .lean<Pick<DraftVersionRecord, 'sections'>>()
        .exec(),
      this.models.paragraphStatuses.find({ roundId: round._id }).lean<ParagraphStatusRecord[]>().exec(),
      this.positions.ofRound(round._id),
      this.roundAnnotations.list(access, round, { includeOrphaned: false, startedHere: true }),
      this.models.delegations.findById(delegationId, { name: 1 }).lean<Pick<DelegationRecord, 'name'>>().exec(),
      readerOf(this.models, principal),
    ]);
    const statusOf = new Map(statuses.map((s) => [s.key, s.status]));
    const positionOf = new Map(cells.flatMap((p) => (p.cells[ours]?.length ? [[p._id, p.cells[ours].at(-1)!]] : [])));
    const ownThreads = compiledAnnotations(threadsWhere(items, (a) => a.delegationId === ours));
    const cosponsored = compiledAnnotations(
      threadsWhere(items, (a) => a.delegationId !== ours && a.sponsors.some((s) => s.delegationId === ours)),
    );
    const paragraphs: ReportedParagraph[] = (version?.sections ?? []).flatMap((s) =>
      s.paragraphs.map((p) => {
        const position = positionOf.get(p.key);
        return {
          number: p.number,
          text: p.text,
          status: statusOf.get(p.key) ?? 'open',
          position: position
            ? { value: position.value, statement: position.statement, author: position.authorName }
            : null,
          ours: ownThreads.get(p.key) ?? [],
          cosponsored: cosponsored.get(p.key) ?? [],
        };
      }),
    );
    const name = delegation?.name ?? '';
    const body = await delegationReportDocx({
      delegation: name,
      process: access.process.title,
      round: round.name,
      generatedAt: readerTime(new Date().toISOString(), reader),
      language: reader.language,
      recordsPositions: access.membership?.role !== 'observer',
      paragraphs,
    });
    await this.audit.record({
      actor: principal,
      processId: round.processId,
      action: 'positions.exported',
      targetType: 'round',
      targetId: round._id,
      after: { format: 'docx', report: 'delegation', delegationId: ours },
      summary: `Report of ${name} on round "${round.name}" exported as DOCX`,
      context: { round: round.name, delegation: name },
    });
    return {
      body,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `report-${safeName(name)}-${safeName(round.name)}.docx`,
    };
  }
}
