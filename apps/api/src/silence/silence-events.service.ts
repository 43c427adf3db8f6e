import { Injectable, Logger } from '@nestjs/common';
import type { SilenceProcedureRecord } from '@concordia/dal';
import { LiveEvents } from '../realtime/live-events.service';
import { toSilenceProcedure } from './silence.mapper';

type SilenceEventType = 'silence.started' | 'silence.changed' | 'silence.broken' | 'silence.cancelled';

/** Everyone in the round sees the procedure: the text, the deadline, and who broke silence. */
@Injectable()
export class SilenceEvents {
  private readonly logger = new Logger(SilenceEvents.name);

  constructor(private readonly live: LiveEvents) {}

  async send(type: SilenceEventType, record: SilenceProcedureRecord): Promise<void> {
    // The change is stored; a failed broadcast must not turn it into an error (clients reload).
    await this.live
      .publish(record.roundId.toHexString(), [{ kind: 'round' }], { type, procedure: toSilenceProcedure(record) })
      .catch((error: unknown) => this.logger.warn({ err: error, procedureId: record._id }, `${type} not published`));
  }
}
