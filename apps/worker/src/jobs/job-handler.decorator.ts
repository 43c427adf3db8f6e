import type { JobName, QueueName } from '@concordia/contracts';
import { applyDecorators, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { HandlesJob, JobRef } from './job-handler';

/** Marks providers as job handlers so the registry can find them wherever they are declared. */
export const JobHandlerMetadata = DiscoveryService.createDecorator<JobRef>();

/**
 * Declares the class as the handler of one job of the contracts. The job name is checked
 * against the queue at compile time and `handle` must accept that job's payload type, e.g.
 * `JobHandler(QueueName.Maintenance, 'purge-expired-auth')` on a class implementing
 * `HandlesJob<'maintenance', 'purge-expired-auth'>`.
 */
export function JobHandler<Q extends QueueName, J extends JobName<Q>>(queue: Q, job: J) {
  const decorate = applyDecorators(Injectable(), JobHandlerMetadata({ queue, job }));
  // `never[]` accepts any constructor parameters while still checking the instance type.
  return <T extends abstract new (...args: never[]) => HandlesJob<Q, J>>(target: T): void => {
    decorate(target);
  };
}
