import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ErrorCode, IMPORT_MAX_BYTES } from '@concordia/contracts';
import type { Observable } from 'rxjs';
import { BadRequestError } from '../errors/domain-errors';
import { fileTooLarge } from './import-file-inspector';

export const IMPORT_FILE_FIELD = 'file';

// Multer keeps the file in memory (its default storage): it is at most IMPORT_MAX_BYTES and
// goes straight into the database.
const MulterSingleFile: Type<NestInterceptor> = FileInterceptor(IMPORT_FILE_FIELD, {
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 12 },
  defParamCharset: 'utf8',
});

/** Multer through Nest's FileInterceptor, with its refusals turned into the import codes. */
@Injectable()
export class ImportUploadInterceptor extends MulterSingleFile {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw fileTooLarge();
      if (error instanceof BadRequestException && /unexpected|too many files/i.test(error.message)) {
        throw new BadRequestError(
          ErrorCode.ImportFileMissing,
          `Send exactly one document, as the multipart form field "${IMPORT_FILE_FIELD}"`,
        );
      }
      throw error;
    }
  }
}
