import { Button, FileButton, Select } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookSheet } from './read-workbook';
import { readSheetFile, type SheetFileProblem } from './sheet-file';

const ACCEPT = [
  '.csv',
  '.tsv',
  '.txt',
  '.xlsx',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

interface SheetFileChooserProps {
  /** The rows of the chosen file, or of the chosen worksheet of a workbook. */
  onText: (text: string) => void;
  onProblem: (problem: SheetFileProblem) => void;
}

/**
 * "Choose a file" for the sheet form: a CSV as it is, an Excel workbook by its first worksheet,
 * with a choice of the others when it has several.
 */
export const SheetFileChooser = ({ onText, onProblem }: SheetFileChooserProps) => {
  const { t } = useTranslation();
  const [sheets, setSheets] = useState<WorkbookSheet[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const resetInput = useRef<() => void>(null);

  const show = (sheet: WorkbookSheet) => {
    setChosen(sheet.name);
    onText(sheet.text);
  };

  const read = (file: File | null) => {
    if (!file) return;
    // The input forgets the file: choosing the same one again (corrected meanwhile) reads it again,
    // where an unchanged value would fire no change at all.
    resetInput.current?.();
    setReading(true);
    readSheetFile(file)
      .then((read) => {
        setSheets(read.ok && read.kind === 'workbook' ? read.sheets : []);
        if (!read.ok) onProblem(read.problem);
        else if (read.kind === 'text') onText(read.text);
        else show(read.sheets[0]);
      })
      // The reader's chunk could not be fetched (offline), or the browser could not read the file.
      .catch(() => onProblem({ kind: 'unreadableFile' }))
      .finally(() => setReading(false));
  };

  return (
    <>
      <FileButton onChange={read} accept={ACCEPT} resetRef={resetInput}>
        {(props) => (
          <Button variant="default" loading={reading} data-testid="invitation-sheet-file" {...props}>
            {t('invitations.sheet.file')}
          </Button>
        )}
      </FileButton>
      {sheets.length > 1 && (
        <Select
          aria-label={t('invitations.sheet.worksheet')}
          placeholder={t('invitations.sheet.worksheet')}
          data={sheets.map((sheet) => sheet.name)}
          value={chosen}
          onChange={(name) => {
            const sheet = sheets.find((s) => s.name === name);
            if (sheet) show(sheet);
          }}
          allowDeselect={false}
          w={200}
          data-testid="invitation-sheet-worksheet"
        />
      )}
    </>
  );
};
