import { Global, Module } from '@nestjs/common';
import { ProcessAccessService } from './process-access.service';
import { WriteGenerations } from './write-generations.service';

@Global()
@Module({ providers: [ProcessAccessService, WriteGenerations], exports: [ProcessAccessService, WriteGenerations] })
export class AuthzModule {}
