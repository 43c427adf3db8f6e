import { ErrorCode, type ImportFormat } from '@concordia/contracts';
import { type Block, blocksFromText, DraftingError } from '@concordia/drafting';
import mammoth from 'mammoth';
import { blocksFromHtml } from './html-blocks';

const corrupt = (detail: string) =>
  new DraftingError(ErrorCode.ImportFileCorrupt, `The Word document cannot be read: ${detail}`);

/** Converts with mammoth; any failure of the converter means the file is not a readable DOCX. */
async function docxBlocks(bytes: Buffer): Promise<Block[]> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // Images are dropped from the text anyway: do not base64 them into the HTML.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // An uploaded document must never make the worker read files it links to.
        externalFileAccess: false,
      },
    ));
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : 'unknown converter error');
  }
  return blocksFromHtml(html);
}

function textBlocks(bytes: Buffer, format: 'text' | 'markdown'): Block[] {
  let text: string;
  try {
    // The API checked the encoding at upload; decoding strictly again costs little.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DraftingError(ErrorCode.ImportFileCorrupt, 'The file is not valid UTF-8 text');
  }
  return blocksFromText(text, format);
}

/** The headings and paragraphs of an uploaded document, whatever its format. */
export function documentBlocks(format: ImportFormat, bytes: Buffer): Promise<Block[]> | Block[] {
  switch (format) {
    case 'docx':
      return docxBlocks(bytes);
    case 'markdown':
      return textBlocks(bytes, 'markdown');
    case 'text':
      return textBlocks(bytes, 'text');
  }
}
