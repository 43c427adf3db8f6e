import type { ImportPreview } from '@concordia/contracts';
import type { StoredImportWarning } from '@concordia/dal';
import { Types } from 'mongoose';
import { toImportJob, type ImportJobRecord } from './import.mapper';

const record = (warnings: StoredImportWarning[]): ImportJobRecord => ({
  _id: new Types.ObjectId(),
  processId: new Types.ObjectId(),
  draftId: new Types.ObjectId(),
  fileName: 'draft.docx',
  format: 'docx',
  status: 'ready',
  progress: 100,
  error: null,
  preview: {
    sections: [],
    stats: { paragraphs: 0, matched: 0, added: 0, removedKeys: [] },
    previous: [],
    warnings,
  },
  versionId: null,
  createdAt: new Date('2026-11-01T10:00:00Z'),
  baseVersionId: null,
});

describe('toImportJob', () => {
  it('answers the warnings of an import previewed by an older release as codes', () => {
    const job = toImportJob(
      record([
        'Footnote marker 9 was removed from paragraph 4.',
        { code: 'page_number_removed', params: { paragraph: '4', page: '15' } },
      ]),
    );
    expect(job.preview?.warnings).toEqual<ImportPreview['warnings']>([
      { code: 'footnotes_removed', params: { paragraph: '4', markers: ['9'] } },
      { code: 'page_number_removed', params: { paragraph: '4', page: '15' } },
    ]);
  });
});
