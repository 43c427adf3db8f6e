import type { z } from 'zod';

/**
 * Why one field of a request was refused, for clients to say in their own language; the issue's
 * `message` stays in English for API clients reading it raw. An issue may instead carry one of
 * the ErrorCode values (upper case) when a domain rule refused the field and the error code
 * already says why. New codes may appear: a client meeting one it does not know shows `message`.
 */
export const FieldIssueCode = {
  Required: 'required',
  /** Text shorter than `minimum` characters. */
  TooShort: 'too_short',
  /** Text longer than `maximum` characters. */
  TooLong: 'too_long',
  /** A list with fewer than `minimum` items. */
  TooFew: 'too_few',
  /** A list with more than `maximum` items. */
  TooMany: 'too_many',
  /** A number or date below `minimum`. */
  TooSmall: 'too_small',
  /** A number or date above `maximum`. */
  TooBig: 'too_big',
  InvalidEmail: 'invalid_email',
  /** Text not in the expected `format` (a date, an id, a code). */
  InvalidFormat: 'invalid_format',
  /** Not one of the accepted values. */
  InvalidChoice: 'invalid_choice',
  /** The wrong kind of value (`expected`): a number where text was due. */
  InvalidType: 'invalid_type',
  InvalidId: 'invalid_id',
  InvalidTimeZone: 'invalid_time_zone',
  /** A field the request does not accept. */
  UnknownField: 'unknown_field',
  /** Exactly one of userId and email is given. */
  UserOrEmail: 'user_or_email',
  /** A new password equal to the current one. */
  SameAsCurrent: 'same_as_current',
  /** Something only a delegation's member may do (an internal note). */
  DelegationOnly: 'delegation_only',
  /** The second version of a comparison must come after the first. */
  LaterVersion: 'later_version',
  /** A field that must stay empty with the other values given. */
  MustBeEmpty: 'must_be_empty',
  /** Refused for a reason with no code of its own; `message` says which. */
  Invalid: 'invalid',
} as const;
export type FieldIssueCode = (typeof FieldIssueCode)[keyof typeof FieldIssueCode];

/** Numbers and words an issue's sentence needs: `maximum` of too_long, `format` of invalid_format. */
export type FieldIssueParams = Record<string, string | number>;

export interface FieldIssueReason {
  code: FieldIssueCode;
  params?: FieldIssueParams;
}

/** The string format objectIdSchema reports: an id, not any text of the wrong shape. */
export const OBJECT_ID_FORMAT = 'object_id';

const KNOWN = new Set<string>(Object.values(FieldIssueCode));

/** A bound as JSON carries it: bigints and dates as text. */
const bound = (value: number | bigint | Date): string | number =>
  typeof value === 'number' ? value : value instanceof Date ? value.toISOString() : String(value);

/**
 * zod reports a missing field as invalid_type. It names the input only when asked to, so the
 * default message ("…, received undefined") is what tells a missing field from a wrong one.
 */
const isMissing = (issue: z.core.$ZodIssueInvalidType): boolean =>
  'input' in issue
    ? issue.input === undefined || issue.input === null
    : /received (undefined|null)$/u.test(issue.message);

/** The stable code of a zod issue, shared by the API (for its answers) and the web (for its forms). */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssueReason {
  switch (issue.code) {
    case 'too_small': {
      const minimum = bound(issue.minimum);
      const list = issue.origin === 'array' || issue.origin === 'set';
      // A text or list that must not be empty is, to a person, a required field.
      if ((issue.origin === 'string' || list) && Number(minimum) <= 1) return { code: FieldIssueCode.Required };
      if (issue.origin === 'string') return { code: FieldIssueCode.TooShort, params: { minimum } };
      return { code: list ? FieldIssueCode.TooFew : FieldIssueCode.TooSmall, params: { minimum } };
    }
    case 'too_big': {
      const maximum = bound(issue.maximum);
      if (issue.origin === 'string') return { code: FieldIssueCode.TooLong, params: { maximum } };
      const list = issue.origin === 'array' || issue.origin === 'set';
      return { code: list ? FieldIssueCode.TooMany : FieldIssueCode.TooBig, params: { maximum } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: FieldIssueCode.InvalidEmail };
      if (issue.format === OBJECT_ID_FORMAT) return { code: FieldIssueCode.InvalidId };
      return { code: FieldIssueCode.InvalidFormat, params: { format: issue.format } };
    case 'invalid_value':
      return { code: FieldIssueCode.InvalidChoice };
    case 'invalid_type':
      return isMissing(issue)
        ? { code: FieldIssueCode.Required }
        : { code: FieldIssueCode.InvalidType, params: { expected: issue.expected } };
    case 'custom': {
      // A refinement names its reason in params.code (`{ params: { code: FieldIssueCode.X } }`).
      const code: unknown = issue.params?.['code'];
      return typeof code === 'string' && KNOWN.has(code)
        ? { code: code as FieldIssueCode }
        : { code: FieldIssueCode.Invalid };
    }
    case 'unrecognized_keys':
      return { code: FieldIssueCode.UnknownField };
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return { code: FieldIssueCode.Invalid };
  }
}
