import { Injectable } from '@nestjs/common';
import type { LoginRequest } from '@concordia/contracts';
import { CredentialsService } from '../credentials.service';
import { LoginIssuer, type IssuedLogin } from '../login-issuer.service';

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly issuer: LoginIssuer,
  ) {}

  async execute(request: LoginRequest): Promise<IssuedLogin> {
    const user = await this.credentials.verifyEmailAndPassword(request.email, request.password);
    return this.issuer.startSession(user);
  }
}
