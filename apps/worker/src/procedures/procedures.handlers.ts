import { CloseRoundHandler, ScheduleRoundCloseHandler } from './round-close.handlers';
import { SilenceDeadlineHandler } from './silence-deadline.handler';

/** Every handler of the procedures queue (silence deadlines, rounds closing at their time); the worker module registers them as providers. */
export const PROCEDURE_HANDLERS = [SilenceDeadlineHandler, ScheduleRoundCloseHandler, CloseRoundHandler];
