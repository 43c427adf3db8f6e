import type { DraftVersion, PublishVersionResponse, VersionOperation } from '@concordia/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../common/error-alert';
import { useLeaveWarning } from '../../common/use-leave-warning';
import { bareNumber } from '../document-rows';
import type { VersionSummary } from '../version-options';
import { DraftDocument, type ScrollRequest } from '../draft-document';
import { AddSectionForm } from './add-section-form';
import { AmendmentsContext } from './amendments/amendments-context';
import { ApplyAllAmendments } from './amendments/apply-all-amendments';
import { OrphanedAmendments } from './amendments/orphaned-amendments';
import { useWorkingAmendments } from './amendments/use-working-amendments';
import { ConflictNotice, OrphanedTexts } from './conflict-notice';
import { EditorContext, type EditorControls } from './editor-context';
import { EditorRow } from './editor-rows';
import { PublishDialog } from './publish-dialog';
import { changedSlots, orphanedSlots, type Slot, type UnsavedTexts } from './unsaved-texts';
import { useVersionEditor } from './use-version-editor';

interface WorkingEditorProps {
  title: string;
  version: DraftVersion;
  publishedLabels: string[];
  /** The draft's latest published version: publishing the same text again is asked about first. */
  lastPublished: Pick<VersionSummary, 'id' | 'label'> | null;
  /** Where the import wizard for this draft lives. */
  importPath: string;
  onPublished: (result: PublishVersionResponse) => void;
}

/**
 * The secretariat's editor for the working version: every paragraph and section operation of the
 * API, each sent with the revision on screen, and a clear account of conflicts when another
 * officer saved first.
 */
export const WorkingEditor = ({
  title,
  version,
  publishedLabels,
  lastPublished,
  importPath,
  onPublished,
}: WorkingEditorProps) => {
  const { t } = useTranslation();
  const editor = useVersionEditor(version);
  const amendments = useWorkingAmendments(editor.version);
  const [texts, setTexts] = useState<UnsavedTexts>({});
  const [deleting, setDeleting] = useState<string | null>(null);
  const [addingSection, setAddingSection] = useState(false);
  const [publishing, setPublishing] = useState(false);
  // A paragraph the publish dialog named, brought into view when the officer follows it.
  const [scrollTarget, setScrollTarget] = useState<ScrollRequest | null>(null);
  // "Apply all accepted" sends its own operations: no other edit meanwhile.
  const [applyingAll, setApplyingAll] = useState(false);
  const pending = editor.pending || applyingAll;
  const { sections } = editor.version;
  const changed = changedSlots(texts);
  const orphans = useMemo(() => orphanedSlots(texts, sections), [texts, sections]);

  const leaveWarning = useLeaveWarning(changed.length > 0);

  const setSlot = (slot: Slot, value: UnsavedTexts[Slot]) => setTexts((previous) => ({ ...previous, [slot]: value }));
  const close = (slot: Slot) =>
    setTexts((previous) => {
      const next = { ...previous };
      delete next[slot];
      return next;
    });

  const run = (operation: VersionOperation, slot?: Slot, onApplied?: () => void) => {
    void editor.apply(operation).then((applied) => {
      if (!applied) return;
      if (slot) close(slot);
      onApplied?.();
    });
  };

  const controls: EditorControls = {
    sections,
    pending,
    texts,
    open: (slot, base) => setSlot(slot, { text: base, base }),
    change: (slot, text) =>
      setTexts((previous) => ({ ...previous, [slot]: { base: previous[slot]?.base ?? '', text } })),
    rebase: (slot, base) =>
      setTexts((previous) => ({ ...previous, [slot]: { text: previous[slot]?.text ?? base, base } })),
    close,
    run,
    askDelete: setDeleting,
  };

  const deletingParagraph = sections.flatMap((s) => s.paragraphs).find((p) => p.key === deleting);

  return (
    <EditorContext.Provider value={controls}>
      <AmendmentsContext.Provider value={amendments}>
        <Stack gap={0} data-testid="working-editor" data-revision={editor.version.revision}>
          {editor.conflict && (
            <ConflictNotice conflict={editor.conflict} keptTexts={changed.length} onDismiss={editor.dismiss} />
          )}
          <OrphanedTexts slots={orphans} texts={texts} onDiscard={close} />
          <ErrorAlert error={editor.error} />
          <ErrorAlert error={amendments.error} />
          <Group justify="space-between" mb="md" mt={editor.error ? 'md' : 0}>
            <Text size="sm" c="dimmed">
              {t('editor.intro', { revision: String(editor.version.revision) })}
            </Text>
            <Group gap="xs">
              <Button variant="default" component={Link} to={importPath} data-testid="import-start">
                {t('editor.importText')}
              </Button>
              <Button variant="default" onClick={() => setAddingSection(true)} data-testid="add-section">
                {t('editor.addSection')}
              </Button>
              <Button
                onClick={() => setPublishing(true)}
                disabled={pending || sections.every((s) => s.paragraphs.length === 0)}
                data-testid="publish-open"
              >
                {t('publish.open')}
              </Button>
            </Group>
          </Group>
          {addingSection && <AddSectionForm sections={sections} onDone={() => setAddingSection(false)} />}
          <ApplyAllAmendments
            version={editor.version}
            items={amendments.all}
            disabled={pending}
            onRunning={setApplyingAll}
            onVersion={editor.adopt}
          />
          <OrphanedAmendments />
          <DraftDocument
            title={title}
            version={editor.version}
            renderRow={(row, found) => <EditorRow row={row} found={found} />}
            scrollTo={scrollTarget}
            footer={
              sections.length === 0 && (
                <Stack align="center" gap="xs" py="lg">
                  <Text c="dimmed">{t('editor.emptyVersion')}</Text>
                  <Group gap="xs">
                    <Button component={Link} to={importPath} data-testid="import-start-empty">
                      {t('editor.importText')}
                    </Button>
                    <Button variant="default" onClick={() => setAddingSection(true)}>
                      {t('editor.addSection')}
                    </Button>
                  </Group>
                </Stack>
              )
            }
          />
        </Stack>
      </AmendmentsContext.Provider>

      <Modal
        opened={deletingParagraph !== undefined}
        onClose={() => setDeleting(null)}
        title={t('editor.deleteTitle', { number: bareNumber(deletingParagraph?.number ?? '') })}
        centered
      >
        <Text size="sm" mb="md" lineClamp={6}>
          {deletingParagraph?.text}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('editor.cancel')}
          </Button>
          <Button
            color="red"
            loading={editor.pending}
            data-testid="paragraph-delete-confirm"
            onClick={() => {
              if (deleting) run({ type: 'delete_paragraph', key: deleting }, `edit:${deleting}`);
              setDeleting(null);
            }}
          >
            {t('editor.delete')}
          </Button>
        </Group>
      </Modal>

      {publishing && (
        <PublishDialog
          opened
          onClose={() => setPublishing(false)}
          version={editor.version}
          publishedLabels={publishedLabels}
          lastPublished={lastPublished}
          unsavedCount={changed.length}
          onStale={editor.publishConflict}
          onShowParagraph={(key) => {
            setPublishing(false);
            setScrollTarget({ key });
          }}
          onPublished={(result) => {
            setPublishing(false);
            editor.adopt(result.working);
            onPublished(result);
          }}
        />
      )}
      {leaveWarning}
    </EditorContext.Provider>
  );
};
