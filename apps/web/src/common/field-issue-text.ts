import { ErrorCode, FieldIssueCode, type FieldIssueParams } from '@concordia/contracts';
import type { TFunction } from 'i18next';

/** What the web needs of a field issue, from the server's answer or from the form's own check. */
interface CodedIssue {
  code: string;
  message: string;
  params?: FieldIssueParams;
}

type Sentence = (t: TFunction, params: FieldIssueParams) => string;

const count = (params: FieldIssueParams, name: string): number => Number(params[name]);

/** One sentence per code: a code added to the contracts without one fails to compile. */
const SENTENCES: Record<FieldIssueCode, Sentence> = {
  [FieldIssueCode.Required]: (t) => t('validation.required'),
  [FieldIssueCode.TooShort]: (t, p) => t('validation.minLength', { min: count(p, 'minimum') }),
  [FieldIssueCode.TooLong]: (t, p) => t('validation.maxLength', { max: count(p, 'maximum') }),
  [FieldIssueCode.TooFew]: (t, p) => t('validation.tooFew', { count: count(p, 'minimum') }),
  [FieldIssueCode.TooMany]: (t, p) => t('validation.tooMany', { count: count(p, 'maximum') }),
  [FieldIssueCode.TooSmall]: (t, p) => t('validation.minValue', { min: String(p['minimum']) }),
  [FieldIssueCode.TooBig]: (t, p) => t('validation.maxValue', { max: String(p['maximum']) }),
  [FieldIssueCode.InvalidEmail]: (t) => t('validation.email'),
  [FieldIssueCode.InvalidFormat]: (t) => t('validation.format'),
  [FieldIssueCode.InvalidChoice]: (t) => t('validation.choose'),
  [FieldIssueCode.InvalidType]: (t) => t('validation.invalid'),
  [FieldIssueCode.InvalidId]: (t) => t('validation.invalidId'),
  [FieldIssueCode.InvalidTimeZone]: (t) => t('validation.timeZone'),
  [FieldIssueCode.UnknownField]: (t) => t('validation.unknownField'),
  [FieldIssueCode.UserOrEmail]: (t) => t('validation.userOrEmail'),
  [FieldIssueCode.SameAsCurrent]: (t) => t('validation.sameAsCurrent'),
  [FieldIssueCode.DelegationOnly]: (t) => t('validation.delegationOnly'),
  [FieldIssueCode.LaterVersion]: (t) => t('validation.laterVersion'),
  [FieldIssueCode.MustBeEmpty]: (t) => t('validation.mustBeEmpty'),
  [FieldIssueCode.Invalid]: (t) => t('validation.invalid'),
};

const isFieldIssueCode = (code: string): code is FieldIssueCode => Object.hasOwn(SENTENCES, code);
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));
const isErrorCode = (code: string): code is ErrorCode => ERROR_CODES.has(code);

/**
 * A field issue in the user's language, by its code: a field code of the contracts, or the error
 * code of the domain rule that refused the field. Only a code this build does not know (a newer
 * server) shows the server's English message.
 */
export const fieldIssueText = (issue: CodedIssue, t: TFunction): string => {
  if (isFieldIssueCode(issue.code)) return SENTENCES[issue.code](t, issue.params ?? {});
  if (isErrorCode(issue.code)) return t(`errors.${issue.code}`);
  return issue.message;
};
