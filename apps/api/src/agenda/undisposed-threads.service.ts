import { Injectable, Logger } from '@nestjs/common';
import { awaitsDisposition, streams } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import { RoundAnnotations } from '../annotations/round-annotations.service';
import type { ProcessAccess } from '../authz/process-access.service';
import { InjectModels } from '../infra/database.module';
import { LiveLog } from '../realtime/live-log';
import { KeptListReads } from './kept-list-reads';

/**
 * The secretariat's count of a round's comments and amendments still without a disposition
 * (questions and reservations take none), read once for all its members until something changes
 * (KeptListReads): they read the same threads (every round-visible and secretariat thread), and
 * every change to those goes out on the round's stream or the secretariat's.
 */
@Injectable()
export class UndisposedThreads {
  private readonly kept: KeptListReads<number>;

  constructor(annotations: RoundAnnotations, live: LiveLog, @InjectModels() models: Models) {
    this.kept = new KeptListReads(annotations, live, models, new Logger(UndisposedThreads.name));
  }

  count(access: ProcessAccess, round: RoundRecord): Promise<number> {
    // An admin outside the secretariat lists only the round's threads: theirs is read afresh.
    const readers =
      access.membership?.role === 'secretariat'
        ? {
            key: 'secretariat',
            streams: (roundId: string) => [streams.round(roundId), streams.secretariat(roundId)],
          }
        : null;
    return this.kept.read(
      access,
      round,
      readers,
      (listed) => listed.filter((a) => a.status === 'open' && awaitsDisposition(a)).length,
    );
  }
}
