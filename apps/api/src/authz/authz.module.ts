import { Global, Module } from '@nestjs/common';
import { ProcessAccessService } from './process-access.service';

@Global()
@Module({ providers: [ProcessAccessService], exports: [ProcessAccessService] })
export class AuthzModule {}
