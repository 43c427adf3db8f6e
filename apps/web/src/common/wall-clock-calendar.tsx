import '@mantine/dates/styles.css';
import { DatePicker, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';

interface WallClockCalendarProps {
  locale: string;
  /** The day picked ("2026-11-30"), or null. */
  day: string | null;
  /** The month it opens on, as a day of it. */
  month: string | undefined;
  onPick: (picked: string | null) => void;
}

/**
 * The calendar of a date field, in the app's language (week from Monday in French and Spanish).
 * Fetched the first time a calendar is opened, with its styles: most people type, and a page's
 * code that carries a stylesheet is fetched twice when it fails (the preload, then the import),
 * which broke the reload-once rule for a release's missing chunks (e2e/page-loading).
 */
const WallClockCalendar = ({ locale, day, month, onPick }: WallClockCalendarProps) => (
  <DatesProvider settings={{ locale, firstDayOfWeek: locale.startsWith('en') ? 0 : 1 }}>
    {/* Escape in the calendar closes it, not the dialog around the field (as DatePickerInput does). */}
    <DatePicker value={day} defaultDate={month} onChange={onPick} __stopPropagation />
  </DatesProvider>
);

export default WallClockCalendar;
