import { z } from 'zod';
import { objectIdSchema } from './common';
import { FieldIssueCode, fieldIssueOf } from './field-issues';
import { createAnnotationRequestSchema } from './annotations';
import { createRoundRequestSchema } from './rounds';

const issuesOf = (schema: z.ZodType, input: unknown) =>
  (schema.safeParse(input).error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    ...fieldIssueOf(issue),
  }));

describe('the field issue of an id', () => {
  it('is invalid_id, not a format, wherever an id is refused', () => {
    expect(issuesOf(objectIdSchema, 'not-an-id')).toEqual([{ path: '', code: FieldIssueCode.InvalidId }]);
    expect(issuesOf(objectIdSchema, 'a'.repeat(25))).toEqual([{ path: '', code: FieldIssueCode.InvalidId }]);
    const round = issuesOf(createRoundRequestSchema, { versionId: 'v1', delegationIds: ['x'] });
    expect(round).toContainEqual({ path: 'versionId', code: FieldIssueCode.InvalidId });
    expect(round).toContainEqual({ path: 'delegationIds.0', code: FieldIssueCode.InvalidId });
  });

  it('accepts 24 hexadecimal characters in either case, and keeps the pattern in the JSON schema', () => {
    expect(objectIdSchema.safeParse('0123456789abcdefABCDEF01').success).toBe(true);
    expect(z.toJSONSchema(objectIdSchema)).toMatchObject({ type: 'string', pattern: '^[0-9a-f]{24}$' });
  });

  it('leaves other formats as they were', () => {
    expect(issuesOf(z.iso.datetime(), 'tomorrow')).toEqual([
      { path: '', code: FieldIssueCode.InvalidFormat, params: { format: 'datetime' } },
    ]);
    expect(issuesOf(createAnnotationRequestSchema.shape.roundId, '')).toEqual([
      { path: '', code: FieldIssueCode.InvalidId },
    ]);
  });
});
