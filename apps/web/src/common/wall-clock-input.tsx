import { ActionIcon, Loader, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DateTime } from 'luxon';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWallClock, readWallClock, type WallClockKind } from './wall-clock-text';

interface WallClockInputProps extends Pick<TextInputProps, 'label' | 'description' | 'required' | 'w'> {
  kind: WallClockKind;
  /** "2026-11-30T18:00" (or "2026-11-30" for a date), '' when empty, null while what is typed cannot be read. */
  value: string | null;
  onChange: (value: string | null) => void;
  /**
   * A time this one is likely near, as `value` is written (a closing time's opening): while the
   * field is empty its calendar opens on that month, and a day picked without a time typed takes
   * that time of day.
   */
  near?: string | null;
  error?: ReactNode;
  'data-testid'?: string;
  'data-autofocus'?: boolean;
}

/** A date (and time) as the app writes it in the reader's language, for "Type a date such as …". */
export const useUnreadableWallClock = (kind: WallClockKind): string => {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const sample = DateTime.now().set({ hour: 18, minute: 0 }).toFormat("yyyy-MM-dd'T'HH:mm");
  const example = formatWallClock(kind === 'date' ? sample.slice(0, 10) : sample, locale, kind);
  return kind === 'date' ? t('common.dateUnreadable', { example }) : t('common.dateTimeUnreadable', { example });
};

const WallClockCalendar = lazy(() => import('./wall-clock-calendar'));

const CalendarIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <rect x="3" y="5" width="18" height="16" rx="2" />
    <path d="M3 10h18M8 3v4M16 3v4" />
  </svg>
);

/**
 * A date, or a date and time, typed in the app's language whatever the browser's ("30 nov. 2026,
 * 18:00" for a French reader on an English browser), or picked from a calendar in that language.
 * Officers type deadlines: the text is what they edit, read as they type (readWallClock) and
 * written the app's way once they leave the field. A calendar pick keeps the time typed, or takes
 * `near`'s; without either, the field waits for it. The value stays a wall-clock time: its zone is
 * the caller's.
 */
export const WallClockInput = ({
  kind,
  value,
  onChange,
  near,
  error,
  'data-testid': testId,
  'data-autofocus': autofocus,
  ...field
}: WallClockInputProps) => {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => formatWallClock(value ?? '', locale, kind));
  const [focused, setFocused] = useState(false);
  const [calendar, setCalendar] = useState(false);
  const unreadable = useUnreadableWallClock(kind);

  // A value set from outside (a dialog reopened, the language changed) is shown the app's way;
  // the value the text already reads as is left as typed.
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    if (value !== null && (shown.locale !== locale || readWallClock(text, locale, kind) !== (value || null))) {
      setText(formatWallClock(value, locale, kind));
    }
  }

  const type = (next: string) => {
    setText(next);
    onChange(next.trim() === '' ? '' : readWallClock(next, locale, kind));
  };

  const day = value ? value.slice(0, 10) : null;
  // Otherwise the calendar opens on the current month, months from a window announced ahead.
  const month = day ?? (near ? near.slice(0, 10) : undefined);
  const pick = (picked: string | null) => {
    setCalendar(false);
    if (!picked) return;
    const time = kind === 'dateTime' ? (value || near || '').slice(10) : '';
    if (kind === 'date' || time) {
      const next = `${picked.slice(0, 10)}${time}`;
      setText(formatWallClock(next, locale, kind));
      onChange(next);
    } else {
      // No time yet: the date is written and the caret waits after it for the time.
      type(`${formatWallClock(picked.slice(0, 10), locale, 'date')}, `);
    }
    input.current?.focus();
  };

  const typing = focused && value === null;
  return (
    <TextInput
      {...field}
      ref={input}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (value) setText(formatWallClock(value, locale, kind));
      }}
      error={typing ? null : value === null ? unreadable : error}
      autoComplete="off"
      data-autofocus={autofocus}
      data-testid={testId}
      rightSection={
        <Popover opened={calendar} onChange={setCalendar} position="bottom-end" trapFocus returnFocus shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => setCalendar((open) => !open)}
              aria-label={t('common.pickDate')}
              data-testid={testId && `${testId}-calendar`}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Suspense fallback={<Loader size="sm" />}>
              <WallClockCalendar locale={locale} day={day} month={month} onPick={pick} />
            </Suspense>
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
};
