import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface DocumentFindProps {
  /** Rows matching a query, in document order. */
  search: (query: string) => number[];
  /** Called with the row to show, or null when the search is cleared. */
  onFound: (index: number | null) => void;
}

/**
 * Find by paragraph number or words. Needed because a virtualised document keeps most paragraphs
 * out of the page, where the browser's own find cannot see them.
 */
export const DocumentFind = ({ search, onFound }: DocumentFindProps) => {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<number[]>([]);
  const [position, setPosition] = useState(0);

  const show = (list: number[], at: number) => {
    setHits(list);
    setPosition(at);
    onFound(list[at] ?? null);
  };
  const run = (value: string) => {
    setQuery(value);
    show(search(value), 0);
  };
  const step = (delta: number) => {
    if (hits.length === 0) return;
    show(hits, (position + delta + hits.length) % hits.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  return (
    <Group gap="xs" wrap="nowrap" className="document-find" role="search">
      <TextInput
        size="xs"
        className="document-find-input"
        aria-label={t('drafts.find.label')}
        placeholder={t('drafts.find.placeholder')}
        value={query}
        onChange={(event) => run(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        data-testid="document-find"
      />
      <Text size="xs" c="dimmed" aria-live="polite" className="document-find-count">
        {query.trim() === ''
          ? ''
          : hits.length === 0
            ? t('drafts.find.none')
            : t('drafts.find.position', { n: String(position + 1), total: String(hits.length) })}
      </Text>
      <ActionIcon
        variant="default"
        size="sm"
        onClick={() => step(-1)}
        disabled={hits.length < 2}
        aria-label={t('drafts.find.previous')}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="sm"
        onClick={() => step(1)}
        disabled={hits.length < 2}
        aria-label={t('drafts.find.next')}
      >
        ↓
      </ActionIcon>
    </Group>
  );
};
