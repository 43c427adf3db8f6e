import { Injectable } from '@nestjs/common';
import type { DelegationRecord, Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';

type Named = Pick<DelegationRecord, '_id' | 'name'>;

/** Enough for every delegation of the largest intergovernmental processes. */
const CAPACITY = 1_000;

/**
 * Delegation names for stamping on what a delegation writes. Delegations are created and never
 * renamed (no use case changes one), so a name, once read, stays right; should renaming ever be
 * added, it must call `forget`.
 */
@Injectable()
export class DelegationNames {
  private readonly names = new Map<string, Named>();

  constructor(@InjectModels() private readonly models: Models) {}

  async get(id: Types.ObjectId): Promise<Named | null> {
    const key = id.toHexString();
    const known = this.names.get(key);
    if (known) return known;
    const found = await this.models.delegations.findById(id).select({ name: 1 }).lean<Named>().exec();
    if (!found) return null;
    if (this.names.size >= CAPACITY) this.names.clear();
    this.names.set(key, found);
    return found;
  }

  forget(id: Types.ObjectId): void {
    this.names.delete(id.toHexString());
  }
}
