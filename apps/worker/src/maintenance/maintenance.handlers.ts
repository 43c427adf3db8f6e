import { PurgeExpiredAuthHandler } from './purge-expired-auth.handler';
import { PurgeEmailRecordsHandler } from './purge-email-records.handler';
import { PurgeSettledOutboxHandler } from './purge-settled-outbox.handler';

/** Every handler of the maintenance queue; the worker module registers them as providers. */
export const MAINTENANCE_HANDLERS = [PurgeExpiredAuthHandler, PurgeSettledOutboxHandler, PurgeEmailRecordsHandler];
