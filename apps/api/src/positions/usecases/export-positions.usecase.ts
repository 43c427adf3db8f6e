import { Injectable } from '@nestjs/common';
import type { MatrixQuery } from '@concordia/contracts';
import type {
  AnnotationDispositionRecord,
  AnnotationRecord,
  DraftVersionRecord,
  Models,
  RoundRecord,
} from '@concordia/dal';
import type { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { type CompiledAnnotation, type CompiledParagraph, compilationDocx } from '../exports/compilation-docx';
import { matrixCsv } from '../exports/matrix-csv';
import { matrixWorkbook } from '../exports/matrix-xlsx';
import { MatrixReader } from '../matrix-reader.service';
import { PositionRecords } from '../position-records.service';
import { latestOf, PositionParagraphs } from '../position-paragraphs.service';
import { PositionScope } from '../position-scope.service';

export interface ExportFile {
  body: Buffer;
  type: string;
  fileName: string;
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'round';

/**
 * The secretariat's exports of a round's positions: the matrix as CSV, a workbook with one
 * sheet per round of the process and a summary sheet, and the DOCX compilation. Each export is
 * audited (who took the negotiation record out of the platform, and when).
 */
/** Stands in the compilation for the words of an annotation the chair hid. */
export const HIDDEN_BY_CHAIR = '[Hidden by the chair]';

@Injectable()
export class ExportPositionsUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly reader: MatrixReader,
    private readonly records: PositionRecords,
    private readonly paragraphs: PositionParagraphs,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async csv(principal: Principal, roundId: string, query: MatrixQuery): Promise<ExportFile> {
    const { round } = await this.scope.forReading(principal, roundId, 'positions.export');
    const body = Buffer.from(matrixCsv(await this.reader.matrix(round, query)), 'utf8');
    await this.audited(principal, round, 'csv');
    return { body, type: 'text/csv; charset=utf-8', fileName: `positions-${safeName(round.name)}.csv` };
  }

  async xlsx(principal: Principal, roundId: string, query: MatrixQuery): Promise<ExportFile> {
    const { round } = await this.scope.forReading(principal, roundId, 'positions.export');
    // The secretariat reads every round: all rounds that have been opened, oldest first.
    const rounds = await this.models.rounds
      .find({ processId: round.processId, status: { $ne: 'scheduled' } })
      .lean<RoundRecord[]>()
      .exec();
    rounds.sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
    const matrices = [];
    for (const r of rounds) matrices.push({ name: r.name, matrix: await this.reader.matrix(r, query) });
    const body = await matrixWorkbook(matrices);
    await this.audited(principal, round, 'xlsx');
    return {
      body,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `positions-${safeName(round.name)}.xlsx`,
    };
  }

  async docx(principal: Principal, roundId: string): Promise<ExportFile> {
    const { access, round } = await this.scope.forReading(principal, roundId, 'positions.export');
    const [version, positions, annotations] = await Promise.all([
      this.models.draftVersions
        .findById(round.versionId)
        .select({ sections: 1 })
        .lean<Pick<DraftVersionRecord, 'sections'>>()
        .exec(),
      this.currentPositions(round._id),
      this.annotations(round._id),
    ]);
    const paragraphs: CompiledParagraph[] = (version?.sections ?? []).flatMap((s) =>
      s.paragraphs.map((p) => ({
        number: p.number,
        text: p.text,
        positions: (positions.get(p.key) ?? []).map((position) => ({
          delegation: position.delegationName,
          value: position.value,
          statement: position.statement,
          amendments: position.amendmentIds.length,
          author: position.authorName,
        })),
        annotations: annotations.get(p.key) ?? [],
      })),
    );
    const body = await compilationDocx({
      title: access.process.title,
      round: round.name,
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      paragraphs,
    });
    await this.audited(principal, round, 'docx');
    return {
      body,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `compilation-${safeName(round.name)}.docx`,
    };
  }

  /** The latest position of each cell, grouped by paragraph, by delegation code. */
  private async currentPositions(roundId: Types.ObjectId) {
    const paragraphs = await this.paragraphs.ofRound(roundId);
    const mapped = await this.records.map(paragraphs.flatMap((p) => latestOf(p.cells)));
    const byKey = new Map<string, typeof mapped>();
    for (const p of mapped.sort((a, b) => a.delegationCode.localeCompare(b.delegationCode))) {
      byKey.set(p.paragraphKey, [...(byKey.get(p.paragraphKey) ?? []), p]);
    }
    return byKey;
  }

  /**
   * Round-visible and secretariat threads that are still open (delegations' internal notes are
   * theirs alone), with their replies and latest disposition, grouped by paragraph.
   */
  private async annotations(roundId: Types.ObjectId): Promise<Map<string, CompiledAnnotation[]>> {
    const records = await this.models.annotations
      .find({ roundId, visibility: { $in: ['round', 'secretariat'] }, status: 'open' })
      .sort({ createdAt: 1 })
      .lean<AnnotationRecord[]>()
      .exec();
    // What the chair hid stays hidden in the compilation too: its place is kept, not its words.
    const hidden = new Set(
      (
        await this.models.annotationModerations
          .find({ roundId })
          .select({ annotationId: 1 })
          .lean<{ annotationId: Types.ObjectId }[]>()
          .exec()
      ).map((m) => m.annotationId.toHexString()),
    );
    const shown = (r: AnnotationRecord) =>
      hidden.has(r._id.toHexString())
        ? { body: HIDDEN_BY_CHAIR, amendment: null }
        : { body: r.body, amendment: r.amendment };
    const roots = records.filter((r) => !r.parentId);
    const dispositions = roots.length
      ? await this.models.annotationDispositions
          .find({ annotationId: { $in: roots.map((r) => r._id) } })
          .sort({ at: 1, _id: 1 })
          .lean<AnnotationDispositionRecord[]>()
          .exec()
      : [];
    const latest = new Map(dispositions.map((d) => [d.annotationId.toHexString(), d]));
    const repliesOf = new Map<string, { author: string; body: string }[]>();
    for (const r of records) {
      if (!r.parentId) continue;
      const key = r.parentId.toHexString();
      const author = r.delegationName ? `${r.authorName} (${r.delegationName})` : r.authorName;
      repliesOf.set(key, [...(repliesOf.get(key) ?? []), { author, body: shown(r).body }]);
    }
    const byKey = new Map<string, CompiledAnnotation[]>();
    for (const root of roots) {
      const disposition = latest.get(root._id.toHexString());
      const compiled: CompiledAnnotation = {
        kind: root.kind,
        author: root.authorName,
        delegation: root.delegationName,
        ...shown(root),
        disposition: disposition
          ? { value: disposition.value, reason: disposition.reason, by: disposition.byName }
          : null,
        replies: repliesOf.get(root._id.toHexString()) ?? [],
      };
      byKey.set(root.paragraphKey, [...(byKey.get(root.paragraphKey) ?? []), compiled]);
    }
    return byKey;
  }

  private audited(principal: Principal, round: RoundRecord, format: string): Promise<void> {
    return this.audit.record({
      actor: principal,
      processId: round.processId,
      action: 'positions.exported',
      targetType: 'round',
      targetId: round._id,
      after: { format },
      summary: `Positions of round "${round.name}" exported as ${format.toUpperCase()}`,
    });
  }
}
