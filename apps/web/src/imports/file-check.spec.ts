import { IMPORT_MAX_BYTES } from '@concordia/contracts';
import { checkImportFile } from './file-check';

describe('checkImportFile', () => {
  it('accepts Word, Markdown and text files of any letter case', () => {
    expect(checkImportFile({ name: 'zero-draft.docx', size: 2048 })).toBeNull();
    expect(checkImportFile({ name: 'Rev1.MD', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'notes.txt', size: IMPORT_MAX_BYTES })).toBeNull();
  });

  it('refuses other types, empty files and files over the limit with the API codes', () => {
    expect(checkImportFile({ name: 'draft.pdf', size: 10 })).toBe('IMPORT_UNSUPPORTED_TYPE');
    expect(checkImportFile({ name: 'draft.doc', size: 10 })).toBe('IMPORT_UNSUPPORTED_TYPE');
    expect(checkImportFile({ name: 'empty.txt', size: 0 })).toBe('IMPORT_FILE_EMPTY');
    expect(checkImportFile({ name: 'big.docx', size: IMPORT_MAX_BYTES + 1 })).toBe('IMPORT_FILE_TOO_LARGE');
  });
});
