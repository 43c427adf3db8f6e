import { ErrorCode, IMPORT_MAX_BYTES } from '@concordia/contracts';
import { DomainError } from '../errors/domain-errors';
import { cleanFileName, inspectImportFile, type UploadedDocument } from './import-file-inspector';

const file = (originalname: string, bytes: Buffer | string): UploadedDocument => {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return { originalname, buffer, size: buffer.length };
};

function refusal(upload: UploadedDocument | undefined): { status: number; code: string } | string {
  try {
    return inspectImportFile(upload).format;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.code };
  }
}

/** A zip that is plausibly a .docx: local header, the main part's name, end of directory. */
const docxLike = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('....word/document.xml....'),
  Buffer.from([0x50, 0x4b, 0x05, 0x06]),
  Buffer.alloc(18),
]);
const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe('inspectImportFile', () => {
  it('recognises the supported formats by extension, whatever the case', () => {
    expect(refusal(file('Draft.DOCX', docxLike))).toBe('docx');
    expect(refusal(file('notes.md', '# Title\n\n1. Text'))).toBe('markdown');
    expect(refusal(file('notes.markdown', '# Title'))).toBe('markdown');
    expect(refusal(file('a-59-377.txt', '47. Exploring new forms…'))).toBe('text');
  });

  it('refuses a missing, empty or oversized file', () => {
    expect(refusal(undefined)).toEqual({ status: 400, code: ErrorCode.ImportFileMissing });
    expect(refusal(file('empty.txt', ''))).toEqual({ status: 400, code: ErrorCode.ImportFileEmpty });
    expect(refusal({ originalname: 'big.txt', buffer: Buffer.from('x'), size: IMPORT_MAX_BYTES + 1 })).toEqual({
      status: 413,
      code: ErrorCode.ImportFileTooLarge,
    });
  });

  it('refuses unsupported types, legacy .doc and binary "text"', () => {
    const unsupported = { status: 415, code: ErrorCode.ImportUnsupportedType };
    expect(refusal(file('draft.pdf', '%PDF-1.7'))).toEqual(unsupported);
    expect(refusal(file('draft', 'no extension'))).toEqual(unsupported);
    expect(refusal(file('old.doc', ole))).toEqual(unsupported);
    expect(refusal(file('zip.txt', docxLike))).toEqual(unsupported);
    expect(refusal(file('nul.md', Buffer.from([0x41, 0x00, 0x42])))).toEqual(unsupported);
    expect(refusal(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toEqual(unsupported);
  });

  it('tells a password-protected .docx (an OLE container) from a corrupt one', () => {
    expect(refusal(file('secret.docx', ole))).toEqual({ status: 422, code: ErrorCode.ImportFileEncrypted });
    const corrupt = { status: 422, code: ErrorCode.ImportFileCorrupt };
    expect(refusal(file('renamed.docx', 'just text'))).toEqual(corrupt);
    expect(refusal(file('truncated.docx', docxLike.subarray(0, 20)))).toEqual(corrupt);
    const notWord = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('xl/workbook.xml'),
      docxLike.subarray(-22),
    ]);
    expect(refusal(file('sheet.docx', notWord))).toEqual(corrupt);
  });
});

describe('cleanFileName', () => {
  it('keeps the base name without control characters, bounded', () => {
    expect(cleanFileName('C:\\Users\\me\\Projet d’ordre du jour.docx')).toBe('Projet d’ordre du jour.docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('  ')).toBe('document');
    expect(cleanFileName(`${'x'.repeat(300)}.txt`)).toHaveLength(255);
  });
});
