import { Injectable } from '@nestjs/common';
import { ErrorCode, invitationTokenParamSchema } from '@concordia/contracts';
import type { InvitationRecord, Models } from '@concordia/dal';
import { hashOpaqueToken } from '../auth/opaque-token';
import { ConflictError, GoneError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';

const notFound = () => new NotFoundError('This invitation does not exist', ErrorCode.InvitationNotFound);

/** Finds a usable invitation from the token in a link. */
@Injectable()
export class InvitationTokens {
  constructor(@InjectModels() private readonly models: Models) {}

  async findUsable(token: string, now = new Date()): Promise<InvitationRecord> {
    // A string that cannot be a token cannot name an invitation: same answer as an unknown one.
    if (!invitationTokenParamSchema.safeParse({ token }).success) throw notFound();
    const tokenHash = hashOpaqueToken(token);
    const invitation = await this.models.invitations.findOne({ tokenHash }).lean<InvitationRecord>().exec();
    if (!invitation) {
      const replaced = await this.models.invitations.exists({ replacedTokenHashes: tokenHash }).exec();
      if (replaced)
        throw new GoneError(ErrorCode.InvitationReplaced, 'This link was replaced: use the one in the latest email');
      throw notFound();
    }
    if (invitation.acceptedAt)
      throw new ConflictError(ErrorCode.InvitationUsed, 'This invitation has already been used');
    if (invitation.revokedAt)
      throw new GoneError(ErrorCode.InvitationRevoked, 'This invitation was withdrawn by the secretariat');
    if (invitation.expiresAt <= now) throw new GoneError(ErrorCode.InvitationExpired, 'This invitation has expired');
    return invitation;
  }
}
