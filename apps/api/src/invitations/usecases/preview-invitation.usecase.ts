import { Injectable } from '@nestjs/common';
import type { Invitation } from '@concordia/contracts';
import { InvitationDescriber } from '../invitation-describer.service';
import { InvitationTokens } from '../invitation-tokens.service';

@Injectable()
export class PreviewInvitationUseCase {
  constructor(
    private readonly tokens: InvitationTokens,
    private readonly describer: InvitationDescriber,
  ) {}

  /** Public: whoever holds the link may see what it invites to. */
  async execute(token: string): Promise<Invitation> {
    return this.describer.describeOne(await this.tokens.findUsable(token));
  }
}
