import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { AnyJobHandler, JobRef } from './job-handler';
import { JobHandlerMetadata } from './job-handler.decorator';

export interface RegisteredHandler extends JobRef {
  readonly handler: AnyJobHandler;
}

/** Collects every provider decorated with `@JobHandler`, in whichever module it is declared. */
@Injectable()
export class JobHandlerRegistry {
  constructor(private readonly discovery: DiscoveryService) {}

  list(): RegisteredHandler[] {
    return this.discovery.getProviders({ metadataKey: JobHandlerMetadata.KEY }).flatMap((wrapper) => {
      const ref = this.discovery.getMetadataByDecorator(JobHandlerMetadata, wrapper);
      const instance: unknown = wrapper.instance;
      if (ref === undefined || !isHandler(instance)) return [];
      return [{ queue: ref.queue, job: ref.job, handler: instance }];
    });
  }

  /** Handlers of one queue by job name; call after the coverage check has ruled out duplicates. */
  forQueue(queue: string): Map<string, AnyJobHandler> {
    return new Map(
      this.list()
        .filter((entry) => entry.queue === queue)
        .map((entry) => [entry.job, entry.handler]),
    );
  }
}

function isHandler(value: unknown): value is AnyJobHandler {
  return typeof value === 'object' && value !== null && typeof (value as { handle?: unknown }).handle === 'function';
}
