import { ErrorCode, IMPORT_MAX_BYTES } from '@concordia/contracts';

/** What the import accepts, as the file picker's `accept` list. */
export const IMPORT_ACCEPT = '.docx,.md,.txt';

const EXTENSIONS = ['.docx', '.md', '.txt'];

/**
 * The checks the API makes on an upload, made before sending so a wrong file is refused at once
 * with the same coded message (and a 10 MB file is not uploaded for nothing). The server still
 * checks: the content, not just the name, decides there.
 */
export const checkImportFile = (file: { name: string; size: number }): ErrorCode | null => {
  const name = file.name.toLowerCase();
  if (!EXTENSIONS.some((extension) => name.endsWith(extension))) return ErrorCode.ImportUnsupportedType;
  if (file.size === 0) return ErrorCode.ImportFileEmpty;
  if (file.size > IMPORT_MAX_BYTES) return ErrorCode.ImportFileTooLarge;
  return null;
};

export const importLimitMegabytes = (): number => Math.round(IMPORT_MAX_BYTES / (1024 * 1024));
