import { Injectable, type PipeTransform } from '@nestjs/common';
import { objectIdSchema } from '@concordia/contracts';
import { InvalidIdError } from '../errors/domain-errors';

/** Path ids get their own code (INVALID_ID) rather than a generic validation failure. */
@Injectable()
export class ObjectIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: { data?: string }): string {
    const parsed = objectIdSchema.safeParse(value);
    if (!parsed.success) throw new InvalidIdError(metadata.data ?? 'id');
    return parsed.data.toLowerCase();
  }
}
