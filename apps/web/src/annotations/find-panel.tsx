import {
  ANNOTATION_SEARCH_MAX,
  type Annotation,
  annotationKindSchema,
  dispositionFilterSchema,
  type DraftVersion,
} from '@concordia/contracts';
import { Badge, CloseButton, Group, MultiSelect, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNumber } from '../drafts/document-rows';
import { EMPTY_FIND, findCriteria, findRequest, type FindForm } from './find-query';
import { delegationName, delegationOptions, findThreads, type FoundThread, searchHit } from './find-results';

interface FindPanelProps {
  version: DraftVersion;
  /** The reader's annotations, kept current over the live stream: what Find searches. */
  annotations: ReadonlyMap<string, Annotation>;
  /** The list is (re)loading: nothing to search yet. */
  loading: boolean;
  onOpen: (root: Annotation) => void;
  /** What the box holds at first (a link's search); empty without. */
  initial?: FindForm;
}

/** How long typing pauses before the results change: per word, not per letter. */
const TYPING_PAUSE_MS = 300;

/**
 * Find threads in the round: words, kinds, a delegation, a disposition (and, from a home-page
 * count, a delegation's proposals or co-sponsored amendments); each thread found opens
 * where it sits in the document. It searches the reader's own list as the live stream keeps it,
 * with the server's matching rules (contracts), rather than asking the server again on every
 * event: that list is exactly what the server's search filters (the caller's visible list,
 * orphans included), so the results are the same, follow every comment, edit, withdrawal,
 * hiding and disposition at once, and cost no request per event and per reader searching.
 */
export const FindPanel = memo(function FindPanel({
  version,
  annotations,
  loading,
  onOpen,
  initial = EMPTY_FIND,
}: FindPanelProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FindForm>(initial);
  const [sent] = useDebouncedValue(form, TYPING_PAUSE_MS);
  const criteria = useMemo(() => findCriteria(findRequest(sent)), [sent]);
  const found = useMemo(
    () => (criteria ? findThreads(annotations.values(), criteria, version) : []),
    [criteria, annotations, version],
  );
  const delegations = useMemo(() => delegationOptions(annotations.values()), [annotations]);
  const proposer = form.proposedBy ?? form.sponsoredBy;
  // Until the list has loaded the name is not known yet.
  const proposerName = useMemo(
    () => (proposer ? (delegationName(annotations.values(), proposer) ?? '…') : null),
    [proposer, annotations],
  );

  const status = (() => {
    if (!criteria) return t('annotations.find.prompt');
    if (loading) return t('annotations.find.searching');
    return found.length === 0 ? t('annotations.find.empty') : t('annotations.find.count', { n: String(found.length) });
  })();

  return (
    <Stack gap="sm" data-testid="find-panel" role="search" aria-label={t('annotations.find.region')}>
      {/* From a home-page count only: the threads it counted, until the reader lets them go. */}
      {proposerName && (
        <Group gap={4} wrap="nowrap" data-testid="find-proposals">
          <Text size="sm" fw={500}>
            {t(form.proposedBy ? 'annotations.find.proposedBy' : 'annotations.find.sponsoredBy', {
              delegation: proposerName,
            })}
          </Text>
          <CloseButton
            size="sm"
            aria-label={t('annotations.find.clearProposals')}
            onClick={() => setForm((f) => ({ ...f, proposedBy: null, sponsoredBy: null }))}
          />
        </Group>
      )}
      <TextInput
        type="search"
        label={t('annotations.find.label')}
        description={t('annotations.find.hint')}
        placeholder={t('annotations.find.placeholder')}
        value={form.q}
        maxLength={ANNOTATION_SEARCH_MAX}
        onChange={(event) => {
          const q = event.currentTarget.value;
          setForm((f) => ({ ...f, q }));
        }}
        data-testid="find-words"
      />
      <MultiSelect
        label={t('annotations.find.kinds')}
        placeholder={form.kinds.length ? undefined : t('annotations.find.anyKind')}
        data={annotationKindSchema.options.map((k) => ({ value: k, label: t(`annotations.kind.${k}`) }))}
        value={form.kinds}
        onChange={(kinds) => setForm((f) => ({ ...f, kinds }))}
        clearable
        data-testid="find-kinds"
      />
      <Group grow align="flex-start">
        <Select
          label={t('annotations.find.delegation')}
          placeholder={t('annotations.find.anyDelegation')}
          data={delegations}
          value={form.delegationId}
          onChange={(delegationId) => setForm((f) => ({ ...f, delegationId }))}
          clearable
          searchable
          data-testid="find-delegation"
        />
        <Select
          label={t('annotations.find.disposition')}
          placeholder={t('annotations.find.anyDisposition')}
          data={dispositionFilterSchema.options.map((d) => ({
            value: d,
            label: d === 'none' ? t('annotations.find.noDisposition') : t(`annotations.disposition.${d}`),
          }))}
          value={form.disposition}
          onChange={(disposition) => setForm((f) => ({ ...f, disposition }))}
          clearable
          data-testid="find-disposition"
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="find-status">
        {status}
      </Text>
      {criteria && found.length > 0 && (
        <Stack component="ul" gap={6} className="find-results" aria-label={t('annotations.find.results')}>
          {found.map((item) => (
            <li key={item.thread.root.id}>
              <FoundItem item={item} hit={searchHit(item.thread, criteria)} onOpen={onOpen} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
});

interface FoundItemProps {
  item: FoundThread;
  hit: ReturnType<typeof searchHit>;
  onOpen: (root: Annotation) => void;
}

/** One thread found: where it is, who wrote the words found, and those words marked. */
const FoundItem = ({ item, hit: { annotation, parts }, onOpen }: FoundItemProps) => {
  const { t } = useTranslation();
  const { root } = item.thread;
  const where = item.number
    ? t('annotations.paragraphHeading', { number: displayNumber(item.number) })
    : t('annotations.find.orphaned');
  return (
    <UnstyledButton
      className="find-result"
      onClick={() => onOpen(root)}
      data-testid="find-result"
      data-annotation-id={root.id}
    >
      <Group gap={6} wrap="wrap">
        <Text size="xs" fw={600}>
          {where}
        </Text>
        <Badge size="xs" variant="light">
          {t(`annotations.kind.${root.kind}`)}
        </Badge>
        {root.status === 'withdrawn' && (
          <Badge size="xs" variant="outline" color="gray">
            {t('annotations.thread.withdrawn')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {annotation.delegationName
          ? t('annotations.find.byDelegation', { author: annotation.authorName, delegation: annotation.delegationName })
          : annotation.authorName}
      </Text>
      <Text size="sm" className="find-excerpt" data-testid="find-excerpt">
        {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}
      </Text>
    </UnstyledButton>
  );
};
