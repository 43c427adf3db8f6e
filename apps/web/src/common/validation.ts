import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../api/api-error';

export type FieldErrors = Partial<Record<string, string>>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Turns a zod issue into a sentence in the user's language. The shared schemas carry English
 * messages for API clients; people get these instead, keyed by the kind of problem.
 */
export const translateIssue = (issue: z.core.$ZodIssue, t: TFunction): string => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'string') return t('validation.minLength', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('validation.required');
      return t('validation.minValue', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { max: Number(issue.maximum) });
      return t('validation.maxValue', { max: String(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('validation.required') : t('validation.invalid');
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return t('validation.invalid');
  }
};

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

/** Field-level problems the server reported, so they show next to their input. */
export const serverFieldErrors = (error: unknown): FieldErrors => {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path] ??= issue.message;
  return errors;
};

/** Adds problems the schema cannot see (a cross-field rule, a confirmation) to a validation result. */
export const withFieldErrors = <T>(checked: Validated<T>, extra: FieldErrors): Validated<T> =>
  Object.keys(extra).length === 0
    ? checked
    : { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...extra } };
