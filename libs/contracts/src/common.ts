import { z } from 'zod';
import { FieldIssueCode, OBJECT_ID_FORMAT } from './field-issues';

/**
 * A MongoDB ObjectId as 24 hexadecimal characters. A format of its own, so a failure reads as the
 * field issue `invalid_id` (see fieldIssueOf), in the API's answers and the web's forms alike.
 */
export const objectIdSchema = z.stringFormat(
  OBJECT_ID_FORMAT,
  /^[0-9a-f]{24}$/i,
  'must be a 24-character hexadecimal id',
);
export type ObjectIdString = z.infer<typeof objectIdSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be a valid email address' }));

export const languageSchema = z.enum(['en', 'fr', 'es']);
export type Language = z.infer<typeof languageSchema>;
export const LANGUAGES: readonly Language[] = languageSchema.options;

/** IANA time zone name, e.g. "Europe/Zurich". */
export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/Zurich', params: { code: FieldIssueCode.InvalidTimeZone } },
);

/** A query parameter listing values separated by commas ("a,b"); empty entries are ignored. */
export const commaSeparated = <T extends z.ZodType<string, string>>(inner: T) =>
  z
    .string()
    .max(5_000)
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .pipe(z.array(inner).max(500));

/**
 * A query parameter sent empty (`?action=`) means it was not given: forms and hand-written links
 * send empty fields, and an empty filter filters nothing (a default, if any, then applies).
 */
export const blankAsAbsent = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), inner);

export const idParamSchema = z.strictObject({ id: objectIdSchema });

/** Limits shared by client-side validation and the server. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  nameMax: 120,
  jsonBodyBytes: 1_000_000,
} as const;

/**
 * Response header with the API's clock when it took the request, in milliseconds since the epoch:
 * the web measures its offset from the browser's clock, so deadlines flip on the server's time.
 */
export const SERVER_TIME_HEADER = 'X-Server-Time';
