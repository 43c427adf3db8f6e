import { BadRequestException, HttpException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { ErrorCode, FieldIssueCode, loginRequestSchema, timeZoneSchema } from '@concordia/contracts';
import { DraftingError } from '@concordia/drafting';
import { ZodSerializationException, ZodValidationException } from 'nestjs-zod';
import { ConflictError, ForbiddenError, InvalidIdError, LockedError, NotFoundError } from './domain-errors';
import { z } from 'zod';
import { mapError, toFieldIssues } from './error-mapper';
import { toErrorBody } from './error-response';

describe('mapError', () => {
  it('keeps the status and code of domain errors', () => {
    expect(mapError(new NotFoundError())).toMatchObject({ status: 404, code: ErrorCode.NotFound, severity: 'client' });
    expect(mapError(new ForbiddenError())).toMatchObject({ status: 403, code: ErrorCode.Forbidden });
    expect(mapError(new ConflictError(ErrorCode.EmailTaken, 'taken'))).toMatchObject({
      status: 409,
      code: ErrorCode.EmailTaken,
    });
    expect(mapError(new LockedError(ErrorCode.AuthAccountLocked, 'locked'))).toMatchObject({ status: 423 });
    expect(mapError(new InvalidIdError('id'))).toMatchObject({ status: 400, code: ErrorCode.InvalidId });
  });

  it('turns zod validation failures into VALIDATION_FAILED with one issue per field', () => {
    const result = loginRequestSchema.safeParse({ email: 'nope', password: 3, extra: 1, other: 2 });
    expect(result.success).toBe(false);
    const mapped = mapError(new ZodValidationException(result.error));
    expect(mapped.status).toBe(400);
    expect(mapped.code).toBe(ErrorCode.ValidationFailed);
    expect(mapped.issues).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'invalid_email', message: expect.any(String) },
        { path: 'password', code: 'invalid_type', params: { expected: 'string' }, message: expect.any(String) },
        { path: 'extra', code: 'unknown_field', message: 'is not an accepted field' },
        { path: 'other', code: 'unknown_field', message: 'is not an accepted field' },
      ]),
    );
  });

  it('gives each field issue a code and the numbers a client needs to word it in its language', () => {
    const schema = z.strictObject({
      name: z.string().min(1).max(5),
      summary: z.string().min(3),
      tags: z.array(z.string()).max(2),
      count: z.number().min(1),
      timeZone: timeZoneSchema,
      role: z.enum(['chair', 'observer']),
      email: z.email(),
    });
    const result = schema.safeParse({
      summary: 'ab',
      tags: ['a', 'b', 'c'],
      count: 0,
      timeZone: 'Mars/Base',
      role: 'king',
      email: 'x',
    });
    expect(result.success).toBe(false);
    const mapped = mapError(new ZodValidationException(result.error));
    const byPath = Object.fromEntries((mapped.issues ?? []).map(({ path, code, params }) => [path, { code, params }]));
    expect(byPath).toEqual({
      name: { code: FieldIssueCode.Required },
      summary: { code: FieldIssueCode.TooShort, params: { minimum: 3 } },
      tags: { code: FieldIssueCode.TooMany, params: { maximum: 2 } },
      count: { code: FieldIssueCode.TooSmall, params: { minimum: 1 } },
      timeZone: { code: FieldIssueCode.InvalidTimeZone },
      role: { code: FieldIssueCode.InvalidChoice },
      email: { code: FieldIssueCode.InvalidEmail },
    });
    const tooLong = schema.shape.name.safeParse('abcdefgh');
    expect(tooLong.success || toFieldIssues(tooLong.error.issues)).toEqual([
      { path: '', code: FieldIssueCode.TooLong, params: { maximum: 5 }, message: expect.any(String) },
    ]);
  });

  it('says an id that is not one is an invalid id', () => {
    expect(mapError(new InvalidIdError('draftId')).issues).toEqual([
      { path: 'draftId', code: FieldIssueCode.InvalidId, message: expect.any(String) },
    ]);
  });

  it('maps body-parser failures', () => {
    expect(
      mapError(Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 })),
    ).toMatchObject({
      status: 400,
      code: ErrorCode.MalformedJson,
    });
    expect(mapError(Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413 }))).toMatchObject({
      status: 413,
      code: ErrorCode.PayloadTooLarge,
    });
  });

  it("maps Nest's router 404 to ROUTE_NOT_FOUND and other HTTP exceptions by status", () => {
    expect(mapError(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: ErrorCode.RouteNotFound,
    });
    expect(mapError(new BadRequestException('bad'))).toMatchObject({
      status: 400,
      code: ErrorCode.ValidationFailed,
      message: 'bad',
    });
    expect(mapError(new PayloadTooLargeException())).toMatchObject({ status: 413, code: ErrorCode.PayloadTooLarge });
    expect(mapError(new HttpException('teapot', 418))).toMatchObject({ status: 418, code: ErrorCode.ValidationFailed });
  });

  it('maps duplicate keys to 409 CONFLICT and bad ObjectId casts to INVALID_ID', () => {
    expect(mapError(Object.assign(new Error('E11000'), { code: 11000 }))).toMatchObject({
      status: 409,
      code: ErrorCode.Conflict,
    });
    expect(
      mapError(Object.assign(new Error('cast'), { name: 'CastError', kind: 'ObjectId', path: 'userId' })),
    ).toMatchObject({
      status: 400,
      code: ErrorCode.InvalidId,
      message: 'userId must be a 24-character hexadecimal id',
    });
  });

  it('hides the details of anything unexpected behind a generic 500', () => {
    const mapped = mapError(new Error('connection string mongodb://secret@host leaked'));
    expect(mapped).toMatchObject({ status: 500, code: ErrorCode.Internal, severity: 'error' });
    expect(mapped.message).not.toMatch(/secret/);
    expect(mapError('a string')).toMatchObject({ status: 500 });
    expect(mapError(new ZodSerializationException(new Error('bad output')))).toMatchObject({
      status: 500,
      severity: 'error',
    });
  });

  it('gives drafting errors their own code with a fitting status', () => {
    const status = (code: ErrorCode) => mapError(new DraftingError(code, 'x'));
    expect(status(ErrorCode.ParagraphNotFound)).toMatchObject({ status: 404, code: ErrorCode.ParagraphNotFound });
    expect(status(ErrorCode.SectionNotFound)).toMatchObject({ status: 404 });
    expect(status(ErrorCode.SectionNotEmpty)).toMatchObject({ status: 409 });
    expect(status(ErrorCode.ImportDuplicateNumbers)).toMatchObject({ status: 422, severity: 'client' });
    expect(status(ErrorCode.ImportNoParagraphs)).toMatchObject({ status: 422 });
    expect(status(ErrorCode.OperationInvalid)).toMatchObject({ status: 400, code: ErrorCode.OperationInvalid });
  });

  it('adds the extra body fields of an error without letting them replace the standard ones', () => {
    class Stale extends ConflictError {
      override readonly body = { current: { id: 'v1' }, code: 'HIJACK' };
    }
    const body = toErrorBody(mapError(new Stale(ErrorCode.VersionStale, 'stale')), 'req-1');
    expect(body).toEqual({ code: ErrorCode.VersionStale, message: 'stale', requestId: 'req-1', current: { id: 'v1' } });
  });
});
