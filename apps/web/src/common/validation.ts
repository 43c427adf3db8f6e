import { fieldIssueOf } from '@concordia/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../api/api-error';
import { fieldIssueText } from './field-issue-text';

export type FieldErrors = Partial<Record<string, string>>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Turns a zod issue into a sentence in the user's language. The shared schemas carry English
 * messages for API clients; people get these instead, keyed by the kind of problem.
 */
export const translateIssue = (issue: z.core.$ZodIssue, t: TFunction): string =>
  fieldIssueText({ ...fieldIssueOf(issue), message: issue.message }, t);

/** Validates form values with the same schema the API applies, before anything is sent. */
export const validate = <S extends z.ZodType>(schema: S, values: unknown, t: TFunction): Validated<z.output<S>> => {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '_form';
    // A field left empty is missing, not badly written: an empty id, date or code fails the
    // schema's format check, and "invalid format" would send people looking for a typo.
    errors[field] ??= isEmpty(valueAt(values, issue.path)) ? t('validation.required') : translateIssue(issue, t);
  }
  return { ok: false, errors };
};

const valueAt = (values: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    values,
  );

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Field-level problems the server reported, in the user's language, so they show next to their input. */
export const serverFieldErrors = (error: unknown, t: TFunction): FieldErrors => {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path] ??= fieldIssueText(issue, t);
  return errors;
};

/** Adds problems the schema cannot see (a cross-field rule, a confirmation) to a validation result. */
export const withFieldErrors = <T>(checked: Validated<T>, extra: FieldErrors): Validated<T> =>
  Object.keys(extra).length === 0
    ? checked
    : { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...extra } };
