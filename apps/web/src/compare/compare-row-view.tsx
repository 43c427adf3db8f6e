import type { ParagraphComparison } from '@concordia/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bareNumber, displayNumber } from '../drafts/document-rows';
import { changesOf, sides, type CompareRow } from './compare-rows';
import { TextChanges } from './text-changes';

export type CompareView = 'inline' | 'side';

const KIND_COLORS = { modified: 'yellow', added: 'teal', removed: 'red', unchanged: 'gray' } as const;

/** What happened to the paragraph, in words: changed text, new, removed, moved, renumbered. */
const ChangeBadges = ({ paragraph }: { paragraph: ParagraphComparison }) => {
  const { t } = useTranslation();
  return (
    <Group gap={4} className="compare-badges">
      {paragraph.kind !== 'unchanged' && (
        <Badge size="sm" variant="light" color={KIND_COLORS[paragraph.kind]} data-testid="compare-kind">
          {t(`compare.kinds.${paragraph.kind}`)}
        </Badge>
      )}
      {paragraph.moved && (
        <Badge size="sm" variant="outline" color="violet" data-testid="compare-moved">
          {paragraph.fromNumber
            ? t('compare.movedFrom', { number: bareNumber(paragraph.fromNumber) })
            : t('compare.moved')}
        </Badge>
      )}
    </Group>
  );
};

/** "12." and, when the number changed, "was 14" under it. */
const NumberCell = ({ number, was }: { number: string | null; was: string | null }) => {
  const { t } = useTranslation();
  return (
    <span className="draft-paragraph-number compare-number">
      {number ? displayNumber(number) : '—'}
      {was && (
        <span className="compare-was" data-testid="compare-was">
          {t('compare.was', { number: bareNumber(was) })}
        </span>
      )}
    </span>
  );
};

/** `target`: the paragraph a link landed on, marked and focusable (the page focuses it). */
export const CompareRowView = ({
  row,
  view,
  target = false,
}: {
  row: CompareRow;
  view: CompareView;
  target?: boolean;
}) => {
  if (row.kind === 'section') {
    return (
      <h3 className="draft-section-heading compare-section" data-change={row.change}>
        {row.heading}
      </h3>
    );
  }
  const { paragraph } = row;
  const changes = changesOf(paragraph);
  const was = paragraph.renumbered ? paragraph.fromNumber : null;
  const common = {
    'data-testid': 'compare-paragraph',
    'data-kind': paragraph.kind,
    'data-key': paragraph.key,
    'data-moved': paragraph.moved ? 'true' : 'false',
    ...(target ? { 'data-target': 'true', tabIndex: -1 } : {}),
  };
  const targetClass = target ? ' compare-target' : '';

  if (view === 'inline') {
    return (
      <div className={`compare-inline compare-${paragraph.kind}${targetClass}`} {...common}>
        <NumberCell number={paragraph.toNumber ?? paragraph.fromNumber} was={was} />
        <div>
          <ChangeBadges paragraph={paragraph} />
          <p className="draft-paragraph-text">
            <TextChanges changes={changes} />
          </p>
        </div>
      </div>
    );
  }

  const { from, to } = sides(changes);
  return (
    <div className={`compare-side compare-${paragraph.kind}${targetClass}`} {...common}>
      <div className="compare-cell">
        {paragraph.kind !== 'added' && (
          <>
            <NumberCell number={paragraph.fromNumber} was={null} />
            <p className="draft-paragraph-text">
              <TextChanges changes={from} />
            </p>
          </>
        )}
      </div>
      <div className="compare-cell">
        {paragraph.kind !== 'removed' && (
          <>
            <NumberCell number={paragraph.toNumber} was={was} />
            <div>
              <ChangeBadges paragraph={paragraph} />
              <p className="draft-paragraph-text">
                <TextChanges changes={to} />
              </p>
            </div>
          </>
        )}
        {paragraph.kind === 'removed' && <ChangeBadges paragraph={paragraph} />}
      </div>
    </div>
  );
};
