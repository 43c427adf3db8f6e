import { SilenceDeadlineHandler } from './silence-deadline.handler';

/** Every handler of the procedures queue; the worker module registers them as providers. */
export const PROCEDURE_HANDLERS = [SilenceDeadlineHandler];
