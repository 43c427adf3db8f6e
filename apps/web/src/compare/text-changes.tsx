import type { TextChange } from '@concordia/contracts';
import { useTranslation } from 'react-i18next';

/**
 * Word-level changes as <ins> and <del>. Colour is not the only cue: insertions are underlined,
 * deletions struck through, and screen readers hear where each starts and ends (the labels are
 * visually hidden pseudo-content, so copying the text copies the words only).
 */
export const TextChanges = ({ changes }: { changes: readonly TextChange[] }) => {
  const { t } = useTranslation();
  return (
    <>
      {changes.map((change, index) => {
        switch (change.op) {
          case 'equal':
            return <span key={index}>{change.text}</span>;
          case 'insert':
            return (
              <ins
                key={index}
                className="diff-ins"
                data-start={t('compare.marks.insertStart')}
                data-end={t('compare.marks.insertEnd')}
              >
                {change.text}
              </ins>
            );
          case 'delete':
            return (
              <del
                key={index}
                className="diff-del"
                data-start={t('compare.marks.deleteStart')}
                data-end={t('compare.marks.deleteEnd')}
              >
                {change.text}
              </del>
            );
        }
      })}
    </>
  );
};
