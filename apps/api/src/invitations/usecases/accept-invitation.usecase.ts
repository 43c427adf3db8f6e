import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldIssueCode, type AcceptInvitationRequest } from '@concordia/contracts';
import { isDuplicateKeyError, type InvitationRecord, type Models, type UserRecord } from '@concordia/dal';
import { CredentialsService } from '../../auth/credentials.service';
import { LoginIssuer, type IssuedLogin } from '../../auth/login-issuer.service';
import { PasswordHasher } from '../../auth/password-hasher.service';
import { BadRequestError, ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { MembershipWriter } from '../../processes/membership-writer.service';
import { emailTaken } from '../../users/usecases/create-user.usecase';
import { InvitationTokens } from '../invitation-tokens.service';

const alreadyUsed = () => new ConflictError(ErrorCode.InvitationUsed, 'This invitation has already been used');

@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly tokens: InvitationTokens,
    private readonly credentials: CredentialsService,
    private readonly hasher: PasswordHasher,
    private readonly memberships: MembershipWriter,
    private readonly issuer: LoginIssuer,
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
  ) {}

  /**
   * Signs the invitee in, creating the account when the email has none. Accepts of one
   * invitation are serialised by a Redis lock (FerretDB v1 can let two conditional updates
   * `{acceptedAt: null}` both succeed), and the invitation is re-read inside it, so of two
   * concurrent accepts exactly one proceeds; if a later step fails the claim is released.
   */
  async execute(token: string, request: AcceptInvitationRequest): Promise<IssuedLogin> {
    const first = await this.tokens.findUsable(token);
    return this.lock.run(`invitation:${first._id.toHexString()}`, () => this.acceptLocked(token, request));
  }

  private async acceptLocked(token: string, request: AcceptInvitationRequest): Promise<IssuedLogin> {
    const invitation = await this.tokens.findUsable(token);
    const existing = await this.models.users.findOne({ email: invitation.email }).lean<UserRecord>().exec();
    if (existing) {
      await this.credentials.verifyPassword(existing, request.password);
    } else if (!request.name) {
      throw new BadRequestError(ErrorCode.ValidationFailed, 'A name is needed to create the account', [
        { path: 'name', code: FieldIssueCode.Required, message: 'is required for a new account' },
      ]);
    }

    const acceptedAt = new Date();
    const claim = await this.models.invitations.updateOne(
      { _id: invitation._id, acceptedAt: null },
      { $set: { acceptedAt } },
    );
    if (claim.modifiedCount !== 1) throw alreadyUsed();

    try {
      const user = existing ?? (await this.createAccount(invitation, request));
      await this.memberships.add(invitation.processId, user._id, {
        role: invitation.role,
        delegationId: invitation.delegationId?.toHexString() ?? null,
      });
      await this.models.invitations.updateOne({ _id: invitation._id }, { $set: { acceptedBy: user._id } });
      return await this.issuer.startSession(user);
    } catch (error) {
      await this.models.invitations.updateOne({ _id: invitation._id, acceptedAt }, { $set: { acceptedAt: null } });
      throw error;
    }
  }

  private async createAccount(invitation: InvitationRecord, request: AcceptInvitationRequest): Promise<UserRecord> {
    try {
      const created = await this.models.users.create({
        email: invitation.email,
        name: request.name ?? '',
        passwordHash: await this.hasher.hash(request.password),
        // Left out, the schema's default (English) applies.
        ...(request.language ? { language: request.language } : {}),
      });
      return created.toObject();
    } catch (error) {
      // Someone registered this email between our lookup and the insert.
      if (isDuplicateKeyError(error)) throw emailTaken();
      throw error;
    }
  }
}
