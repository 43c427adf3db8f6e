import { Injectable, Logger } from '@nestjs/common';
import type { Types } from 'mongoose';

export interface PublishedVersion {
  processId: Types.ObjectId;
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  sequence: number;
}

export type VersionPublishedListener = (version: PublishedVersion) => Promise<void>;

/**
 * Lets other domains react to a publication (annotations are carried into the new version)
 * without the drafts module depending on them. Listeners run after the version is published
 * and audited; a failing listener is logged and does not undo or fail the publication (its
 * work must be repeatable on demand, as re-anchoring is).
 */
@Injectable()
export class VersionPublishedHooks {
  private readonly logger = new Logger(VersionPublishedHooks.name);
  private readonly listeners: VersionPublishedListener[] = [];

  subscribe(listener: VersionPublishedListener): void {
    this.listeners.push(listener);
  }

  async notify(version: PublishedVersion): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(version);
      } catch (error) {
        this.logger.error(
          { err: error, versionId: version.versionId.toHexString() },
          'version-published listener failed',
        );
      }
    }
  }
}
