import type { DispositionValue } from '@concordia/contracts';

/** The badge colour of each disposition, the same in the threads and in the working editor. */
export const DISPOSITION_COLORS: Record<DispositionValue, string> = {
  accepted: 'teal',
  partly_accepted: 'yellow',
  not_retained: 'red',
};
