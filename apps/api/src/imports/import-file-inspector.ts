import { ErrorCode, IMPORT_MAX_BYTES, type ImportFormat } from '@concordia/contracts';
import {
  BadRequestError,
  PayloadTooLargeError,
  UnprocessableError,
  UnsupportedMediaTypeError,
} from '../errors/domain-errors';

/** The parts of an uploaded file the inspector looks at (multer's file object has more). */
export interface UploadedDocument {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: legacy .doc, and what Word writes for a password-protected .docx. */
const OLE_COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const DOCX_MAIN_PART = Buffer.from('word/document.xml');
/** The end-of-directory record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const END_OF_DIRECTORY_WINDOW = 22 + 0xffff;

const MEGABYTES = IMPORT_MAX_BYTES / (1024 * 1024);
const SUPPORTED = '.docx, .md, .markdown or .txt';

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';

const startsWith = (buffer: Buffer, magic: Buffer): boolean =>
  buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);

const corrupt = (detail: string) =>
  new UnprocessableError(ErrorCode.ImportFileCorrupt, `The Word document cannot be read: ${detail}`);

/** A cheap structural check; the worker's converter finds what this cannot. */
function checkDocx(buffer: Buffer): void {
  if (startsWith(buffer, OLE_COMPOUND_FILE)) {
    throw new UnprocessableError(
      ErrorCode.ImportFileEncrypted,
      'The Word document is password-protected (encrypted); remove the password in Word and upload it again',
    );
  }
  if (!startsWith(buffer, ZIP_LOCAL_HEADER)) throw corrupt('it is not a .docx package');
  const tail = buffer.subarray(Math.max(0, buffer.length - END_OF_DIRECTORY_WINDOW));
  if (!tail.includes(ZIP_END_OF_DIRECTORY)) throw corrupt('the file is truncated or damaged');
  if (!buffer.includes(DOCX_MAIN_PART)) throw corrupt('it has no document body');
}

function checkText(buffer: Buffer): void {
  const binary = startsWith(buffer, ZIP_LOCAL_HEADER) || startsWith(buffer, OLE_COMPOUND_FILE) || buffer.includes(0);
  let utf8 = !binary;
  if (utf8) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      utf8 = false;
    }
  }
  if (!utf8) {
    throw new UnsupportedMediaTypeError(
      ErrorCode.ImportUnsupportedType,
      'A .txt or .md file must be text encoded as UTF-8; for a Word document use .docx',
    );
  }
}

/**
 * Decides the format of an uploaded document from its extension and checks that its bytes
 * agree, so a bad file is refused at upload with a precise code instead of failing later.
 */
export function inspectImportFile(file: UploadedDocument | undefined): {
  file: UploadedDocument;
  format: ImportFormat;
} {
  if (!file) {
    throw new BadRequestError(ErrorCode.ImportFileMissing, 'Attach the document as the multipart form field "file"');
  }
  if (file.size > IMPORT_MAX_BYTES) throw fileTooLarge();
  if (file.size === 0 || file.buffer.length === 0) {
    throw new BadRequestError(ErrorCode.ImportFileEmpty, 'The file is empty');
  }
  switch (extensionOf(file.originalname)) {
    case 'docx':
      checkDocx(file.buffer);
      return { file, format: 'docx' };
    case 'md':
    case 'markdown':
      checkText(file.buffer);
      return { file, format: 'markdown' };
    case 'txt':
      checkText(file.buffer);
      return { file, format: 'text' };
    case 'doc':
      throw new UnsupportedMediaTypeError(
        ErrorCode.ImportUnsupportedType,
        'Legacy .doc files are not supported; save the document as .docx in Word and upload it again',
      );
    default:
      throw new UnsupportedMediaTypeError(ErrorCode.ImportUnsupportedType, `Upload a ${SUPPORTED} file`);
  }
}

export const fileTooLarge = () =>
  new PayloadTooLargeError(ErrorCode.ImportFileTooLarge, `The file is larger than the ${MEGABYTES} MB limit`);

/** File names are shown back to people: no paths, no control characters, a sane length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned.length > 0 ? cleaned : 'document').slice(0, 255);
}
