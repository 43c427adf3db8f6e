import { type Amendment, type AnnotationKind, ErrorCode, FieldIssueCode } from '@concordia/contracts';
import type { AmendmentRecord } from '@concordia/dal';
import { BadRequestError } from '../errors/domain-errors';
import { stripHtml } from './body-text';

/**
 * The body and amendment of an annotation as stored: HTML removed, an amendment exactly when
 * the kind is `amendment`, and something to read (a body, or for an amendment its text).
 */
export function cleanContent(
  kind: AnnotationKind,
  body: string,
  amendment: Amendment | null,
): { body: string; amendment: AmendmentRecord | null } {
  if (kind === 'amendment' && !amendment) {
    throw new BadRequestError(ErrorCode.AmendmentRequired, 'An amendment must say what it changes (amendment)', [
      { path: 'amendment', code: ErrorCode.AmendmentRequired, message: 'is required for kind amendment' },
    ]);
  }
  if (kind !== 'amendment' && amendment) {
    throw new BadRequestError(ErrorCode.AmendmentNotAllowed, `A ${kind} cannot carry an amendment`, [
      { path: 'amendment', code: ErrorCode.AmendmentNotAllowed, message: 'is allowed only for kind amendment' },
    ]);
  }
  const cleanBody = stripHtml(body);
  if (!amendment) {
    if (cleanBody.length === 0) throw emptyField('body', 'must not be empty');
    return { body: cleanBody, amendment: null };
  }
  // A deletion proposes no text; every other operation proposes some.
  const text = amendment.operation === 'delete' ? '' : stripHtml(amendment.text);
  if (amendment.operation !== 'delete' && text.length === 0) {
    throw emptyField('amendment.text', `must not be empty for ${amendment.operation}`);
  }
  return { body: cleanBody, amendment: { operation: amendment.operation, text } };
}

const emptyField = (path: string, message: string) =>
  new BadRequestError(ErrorCode.ValidationFailed, `The request is not valid (${path}: ${message})`, [
    { path, code: FieldIssueCode.Required, message },
  ]);
