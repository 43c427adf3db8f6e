import { Injectable } from '@nestjs/common';
import type { MatrixQuery } from '@concordia/contracts';
import type { DraftVersionRecord, Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { AnnotationScope } from '../../annotations/annotation-scope.service';
import { RoundAnnotations } from '../../annotations/round-annotations.service';
import { AuditLogService } from '../../audit/audit-log.service';
import type { ProcessAccess } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { type Reader, readerOf, readerTime } from '../../common/reader';
import { InjectModels } from '../../infra/database.module';
import { type Compilation, type CompiledParagraph, compilationDocx } from '../exports/compilation-docx';
import { compiledAnnotations } from '../exports/compiled-annotations';
import { matrixCsv } from '../exports/matrix-csv';
import { matrixWorkbook } from '../exports/matrix-xlsx';
import { MatrixReader } from '../matrix-reader.service';
import { PositionRecords } from '../position-records.service';
import { latestOf, PositionParagraphs } from '../position-paragraphs.service';
import { positionsNotVisible } from '../position-errors';
import { PositionScope } from '../position-scope.service';
import { readsPositions } from '../position-visibility';

export interface ExportFile {
  body: Buffer;
  type: string;
  fileName: string;
}

export const safeName = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'round';

/**
 * The secretariat's exports of a round's positions: the matrix as CSV, a workbook with one
 * sheet per round of the process and a summary sheet, and the DOCX compilation. Each export is
 * audited (who took the negotiation record out of the platform, and when).
 */
@Injectable()
export class ExportPositionsUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly reader: MatrixReader,
    private readonly records: PositionRecords,
    private readonly paragraphs: PositionParagraphs,
    private readonly audit: AuditLogService,
    private readonly annotationScope: AnnotationScope,
    private readonly roundAnnotations: RoundAnnotations,
    @InjectModels() private readonly models: Models,
  ) {}

  async csv(principal: Principal, roundId: string, query: MatrixQuery): Promise<ExportFile> {
    const { round } = await this.scope.forReading(principal, roundId, 'positions.export');
    const body = Buffer.from(matrixCsv(await this.reader.matrix(round, query)), 'utf8');
    await this.audited(principal, round, 'csv');
    return { body, type: 'text/csv; charset=utf-8', fileName: `positions-${safeName(round.name)}.csv` };
  }

  async xlsx(principal: Principal, roundId: string, query: MatrixQuery): Promise<ExportFile> {
    const { access, round } = await this.scope.forReading(principal, roundId, 'positions.export');
    // The secretariat reads every round: all rounds that have been opened, oldest first.
    const [rounds, { language }] = await Promise.all([
      this.models.rounds
        .find({ processId: round.processId, status: { $ne: 'scheduled' } })
        .lean<RoundRecord[]>()
        .exec(),
      readerOf(this.models, principal),
    ]);
    rounds.sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
    const matrices = [];
    for (const r of rounds) matrices.push({ name: r.name, matrix: await this.reader.matrix(r, query) });
    const body = await matrixWorkbook({ processTitle: access.process.title, language, rounds: matrices });
    await this.audited(principal, round, 'xlsx');
    return {
      body,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `positions-${safeName(round.name)}.xlsx`,
    };
  }

  async docx(principal: Principal, roundId: string): Promise<ExportFile> {
    // The annotations' own scope (taking part in the round), then the positions' (implied by it).
    const { access, round } = await this.annotationScope.round(principal, roundId, 'positions.export');
    if (!readsPositions(access, round)) throw positionsNotVisible();
    const body = await compilationDocx(await this.compile(access, round, await readerOf(this.models, principal)));
    await this.audited(principal, round, 'docx');
    return {
      body,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `compilation-${safeName(round.name)}.docx`,
    };
  }

  /**
   * The compilation of a round as `access`'s holder reads it: the annotations come from the
   * round's list with its visibility rules, never from a filter of the export's own, so the
   * document cannot show more (or less) than that reader's list, and it speaks the reader's
   * language. Who may export is docx()'s check.
   */
  async compile(access: ProcessAccess, round: RoundRecord, reader: Reader): Promise<Compilation> {
    const [version, positions, annotations] = await Promise.all([
      this.models.draftVersions
        .findById(round.versionId)
        .select({ sections: 1 })
        .lean<Pick<DraftVersionRecord, 'sections'>>()
        .exec(),
      this.currentPositions(round._id),
      this.roundAnnotations
        .list(access, round, { includeOrphaned: false, startedHere: true })
        .then(compiledAnnotations),
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
    return {
      title: access.process.title,
      round: round.name,
      generatedAt: readerTime(new Date().toISOString(), reader),
      language: reader.language,
      paragraphs,
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

  private audited(principal: Principal, round: RoundRecord, format: string): Promise<void> {
    return this.audit.record({
      actor: principal,
      processId: round.processId,
      action: 'positions.exported',
      targetType: 'round',
      targetId: round._id,
      after: { format },
      summary: `Positions of round "${round.name}" exported as ${format.toUpperCase()}`,
      context: { round: round.name },
    });
  }
}
