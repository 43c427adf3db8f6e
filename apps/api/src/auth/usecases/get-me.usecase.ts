import { Injectable } from '@nestjs/common';
import type { Me } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { MeService } from '../me.service';

@Injectable()
export class GetMeUseCase {
  constructor(private readonly me: MeService) {}

  execute(principal: Principal): Promise<Me> {
    return this.me.forUserId(principal.userId);
  }
}
