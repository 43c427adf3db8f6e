import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api/endpoints';
import { useDraft } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { seesWorkingVersions } from '../auth/permissions';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { useApiQuery } from '../common/use-api-query';
import { type RowsHandle, VirtualRows } from '../common/virtual-rows';
import { useVersionLabel } from '../drafts/version-label';
import { defaultComparePair, orderedVersions } from '../drafts/version-options';
import { CompareRowView, type CompareView } from './compare-row-view';
import { compareRows } from './compare-rows';
import { documentFileName, WordDocumentButton } from '../drafts/word-document-button';

/**
 * Two versions of a draft side by side or inline: paragraphs aligned by key, word changes marked,
 * moved, added, removed and renumbered paragraphs said as such. Choices live in the URL.
 */
export const ComparePage = () => {
  const { t } = useTranslation();
  const { processId = '', draftId = '' } = useParams();
  const me = useMe();
  const labelOf = useVersionLabel();
  const [params, setParams] = useSearchParams();
  const draft = useDraft(draftId);
  const versions = orderedVersions(draft.data?.versions ?? [], seesWorkingVersions(me, processId));
  const pair = defaultComparePair(versions, true);
  const known = (id: string | null) => (versions.some((v) => v.id === id) ? id : null);
  const from = known(params.get('from')) ?? pair?.from ?? null;
  const to = known(params.get('to')) ?? pair?.to ?? null;
  const view: CompareView = params.get('view') === 'side' ? 'side' : 'inline';
  const onlyChanges = params.get('only') === 'changes';
  const ready = from !== null && to !== null && from !== to;
  // A link may name a paragraph to land on ("Applied in Rev.1" names the one the amendment changed).
  const target = params.get('paragraph');
  const rowsHandle = useRef<RowsHandle>(null);
  const landed = useRef<string | null>(null);

  const comparison = useApiQuery(ready ? `compare:${draftId}:${from}:${to}` : null, (signal) =>
    api.drafts.compare(draftId, from ?? '', to ?? '', signal),
  );
  const rows = useMemo(
    () => (comparison.data ? compareRows(comparison.data, onlyChanges) : []),
    [comparison.data, onlyChanges],
  );

  useEffect(() => {
    if (!target || !from || !to) return undefined;
    const index = rows.findIndex((row) => row.kind === 'paragraph' && row.paragraph.key === target);
    const once = `${from}:${to}:${target}`;
    if (index < 0 || landed.current === once) return undefined;
    landed.current = once;
    rowsHandle.current?.scrollToIndex(index, { instant: true });
    return focusWhenDrawn(target);
  }, [rows, target, from, to]);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null) next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );

  const options = versions.map((v) => ({ value: v.id, label: labelOf(v) }));
  const stats = comparison.data?.stats;

  return (
    <>
      <Anchor
        component={Link}
        to={`/processes/${processId}/drafts/${draftId}`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {t('compare.backToDraft', { title: draft.data?.title ?? '' })}
      </Anchor>
      <PageHeader title={t('compare.title')} description={draft.data?.title} />
      <ErrorAlert error={draft.error} />
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <Select
            label={t('compare.from')}
            data={options}
            value={from}
            onChange={(value) => update({ from: value })}
            allowDeselect={false}
            w={220}
            data-testid="compare-from"
          />
          <Button
            variant="subtle"
            onClick={() => update({ from: to, to: from })}
            disabled={!ready}
            aria-label={t('compare.swap')}
          >
            ⇄
          </Button>
          <Select
            label={t('compare.to')}
            data={options}
            value={to}
            onChange={(value) => update({ to: value })}
            allowDeselect={false}
            w={220}
            data-testid="compare-to"
          />
          <SegmentedControl
            value={view}
            onChange={(value) => update({ view: value === 'side' ? 'side' : null })}
            data={[
              { value: 'inline', label: t('compare.inline') },
              { value: 'side', label: t('compare.sideBySide') },
            ]}
            aria-label={t('compare.view')}
            data-testid="compare-view"
          />
          <Switch
            label={t('compare.onlyChanges')}
            checked={onlyChanges}
            onChange={(event) => update({ only: event.currentTarget.checked ? 'changes' : null })}
            data-testid="compare-only-changes"
          />
          {ready && comparison.data && (
            <WordDocumentButton
              path={`/drafts/${encodeURIComponent(draftId)}/compare.docx`}
              query={{ from: comparison.data.from.id, to: comparison.data.to.id }}
              fileName={documentFileName(
                draft.data?.title ?? '',
                comparison.data.to.label,
                'vs',
                comparison.data.from.label,
              )}
              label={t('wordDocuments.comparison')}
              testId="compare-docx"
            />
          )}
        </Group>

        {draft.data && versions.length < 2 && <Text c="dimmed">{t('compare.needTwo')}</Text>}
        {from !== null && from === to && <Text c="dimmed">{t('compare.sameVersion')}</Text>}
        <ErrorAlert error={comparison.error} />
        {comparison.loading && !comparison.data && <SectionLoader />}

        {stats && (
          <Group gap="xs" data-testid="compare-stats">
            <Badge variant="light" color="yellow">
              {t('compare.stats.modified', { count: stats.modified })}
            </Badge>
            <Badge variant="light" color="teal">
              {t('compare.stats.added', { count: stats.added })}
            </Badge>
            <Badge variant="light" color="red">
              {t('compare.stats.removed', { count: stats.removed })}
            </Badge>
            <Badge variant="outline" color="violet">
              {t('compare.stats.moved', { count: stats.moved })}
            </Badge>
            <Badge variant="outline" color="gray">
              {t('compare.stats.renumbered', { count: stats.renumbered })}
            </Badge>
            <Badge variant="default">{t('compare.stats.unchanged', { count: stats.unchanged })}</Badge>
          </Group>
        )}

        {comparison.data && (
          <div className={`draft-document compare-document compare-${view}-view`} data-testid="comparison">
            {view === 'side' && (
              <div className="compare-side compare-side-head" aria-hidden="true">
                <Text fw={700}>{comparison.data.from.label}</Text>
                <Text fw={700}>{comparison.data.to.label}</Text>
              </div>
            )}
            {rows.length === 0 && <Text c="dimmed">{t('compare.noChanges')}</Text>}
            <VirtualRows
              handle={rowsHandle}
              count={rows.length}
              rowKey={(index) => {
                const row = rows[index];
                if (!row) return String(index);
                return row.kind === 'section' ? `s:${row.key}:${index}` : `p:${row.paragraph.key}`;
              }}
              estimateSize={(index) => (rows[index]?.kind === 'section' ? 56 : 110)}
              renderRow={(index) => {
                const row = rows[index];
                return row ? (
                  <CompareRowView
                    row={row}
                    view={view}
                    target={row.kind === 'paragraph' && row.paragraph.key === target}
                  />
                ) : null;
              }}
            />
          </div>
        )}
      </Stack>
    </>
  );
};

/**
 * Focuses the landed-on paragraph once it is in the page: a virtualised list draws it a frame or
 * two after being scrolled to it. Answers the cancellation.
 */
const focusWhenDrawn = (key: string): (() => void) => {
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    const row = document.querySelector<HTMLElement>(
      `[data-testid="compare-paragraph"][data-key="${CSS.escape(key)}"][data-target="true"]`,
    );
    if (row) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'center' });
    } else if (tries++ < 30) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
};
