import type { Paragraph, Section } from '@concordia/contracts';
import { SECTION_HEADING_MAX } from '@concordia/contracts';
import { ActionIcon, Button, Group, Menu, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayNumber, type DocumentRow } from '../document-rows';
import { ParagraphAmendments } from './amendments/paragraph-amendments';
import { useEditor } from './editor-context';
import { mergeWithNext, moveParagraph, moveSection, moveToSection } from './operations';
import { ParagraphTextEditor } from './paragraph-text-editor';
import type { Slot } from './unsaved-texts';

/** One row of the working-version editor: a section heading or a paragraph, with its actions. */
export const EditorRow = ({ row, found }: { row: DocumentRow; found: boolean }) =>
  row.kind === 'section' ? (
    <SectionRow section={row.section} />
  ) : (
    <ParagraphRow paragraph={row.paragraph} section={row.section} found={found} />
  );

const SectionRow = ({ section }: { section: Section }) => {
  const { t } = useTranslation();
  const editor = useEditor();
  const headingSlot: Slot = `heading:${section.key}`;
  const startSlot: Slot = `start:${section.key}`;
  const renaming = editor.texts[headingSlot];
  const adding = editor.texts[startSlot];
  const name = section.heading || t('editor.untitledSection');
  const up = moveSection(editor.sections, section.key, 'up');
  const down = moveSection(editor.sections, section.key, 'down');

  return (
    <div className="editor-section" data-testid="editor-section" data-key={section.key}>
      {renaming ? (
        <Group gap="xs" justify="center" wrap="nowrap" my="sm">
          <TextInput
            aria-label={t('editor.sectionHeading')}
            value={renaming.text}
            maxLength={SECTION_HEADING_MAX}
            onChange={(event) => editor.change(headingSlot, event.currentTarget.value)}
            w={360}
            autoFocus
            data-testid="section-heading-input"
          />
          <Button
            size="xs"
            disabled={renaming.text.trim() === ''}
            loading={editor.pending}
            onClick={() =>
              editor.run(
                { type: 'rename_section', sectionKey: section.key, heading: renaming.text.trim() },
                headingSlot,
              )
            }
          >
            {t('editor.save')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={() => editor.close(headingSlot)}>
            {t('editor.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs" justify="center" wrap="nowrap" className="editor-section-head">
          <h4 className={`draft-section-heading${section.heading ? '' : ' is-untitled'}`} id={`section-${section.key}`}>
            {name}
          </h4>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={editor.pending}
                aria-label={t('editor.sectionActions', { heading: name })}
                data-testid="section-actions"
              >
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => editor.open(headingSlot, section.heading)}>{t('editor.rename')}</Menu.Item>
              <Menu.Item onClick={() => editor.open(startSlot, '')} data-testid="section-add-paragraph">
                {t('editor.addParagraphAtStart')}
              </Menu.Item>
              <Menu.Item disabled={!up} onClick={() => up && editor.run(up)}>
                {t('editor.moveUp')}
              </Menu.Item>
              <Menu.Item disabled={!down} onClick={() => down && editor.run(down)}>
                {t('editor.moveDown')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                disabled={section.paragraphs.length > 0}
                title={section.paragraphs.length > 0 ? t('editor.deleteSectionNotEmpty') : undefined}
                onClick={() => editor.run({ type: 'delete_section', sectionKey: section.key })}
              >
                {t('editor.deleteSection')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
      {adding && (
        <div className="draft-paragraph editor-new-paragraph">
          <span className="draft-paragraph-number">+</span>
          <ParagraphTextEditor
            slot={startSlot}
            unsaved={adding}
            label={t('editor.newParagraphIn', { heading: name })}
            onSave={(text) =>
              editor.run(
                { type: 'add_paragraph', sectionKey: section.key, afterKey: null, text: text.trim() },
                startSlot,
              )
            }
          />
        </div>
      )}
      {section.paragraphs.length === 0 && !adding && (
        <Group justify="center" mb="md">
          <Text size="sm" c="dimmed">
            {t('editor.emptySection')}
          </Text>
          <Button size="xs" variant="light" onClick={() => editor.open(startSlot, '')}>
            {t('editor.addParagraph')}
          </Button>
        </Group>
      )}
    </div>
  );
};

interface ParagraphRowProps {
  paragraph: Paragraph;
  section: Section;
  found: boolean;
}

const ParagraphRow = ({ paragraph, section, found }: ParagraphRowProps) => {
  const { t } = useTranslation();
  const editor = useEditor();
  const editSlot: Slot = `edit:${paragraph.key}`;
  const afterSlot: Slot = `after:${paragraph.key}`;
  const editing = editor.texts[editSlot];
  const adding = editor.texts[afterSlot];
  const number = displayNumber(paragraph.number);
  const up = moveParagraph(editor.sections, paragraph.key, 'up');
  const down = moveParagraph(editor.sections, paragraph.key, 'down');
  const merge = mergeWithNext(editor.sections, paragraph.key);
  const otherSections = editor.sections.filter((s) => s.key !== section.key);

  return (
    <>
      <div
        id={`para-${paragraph.key}`}
        className={`draft-paragraph draft-paragraph--aside${found ? ' is-found' : ''}${editing ? ' is-editing' : ''}`}
        data-testid="paragraph"
        data-key={paragraph.key}
        data-number={paragraph.number}
      >
        <span className="draft-paragraph-number" aria-label={t('drafts.paragraphLabel', { number: paragraph.number })}>
          {number}
        </span>
        {editing ? (
          <ParagraphTextEditor
            slot={editSlot}
            unsaved={editing}
            current={paragraph.text}
            label={t('editor.textOf', { number: paragraph.number })}
            onSave={(text) => editor.run({ type: 'edit_paragraph', key: paragraph.key, text: text.trim() }, editSlot)}
            onSplit={(at) => editor.run({ type: 'split_paragraph', key: paragraph.key, at }, editSlot)}
          />
        ) : (
          <p className="draft-paragraph-text">{paragraph.text}</p>
        )}
        <div className="draft-paragraph-aside">
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={editor.pending}
                aria-label={t('editor.paragraphActions', { number: paragraph.number })}
                data-testid="paragraph-actions"
              >
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                disabled={editing !== undefined}
                onClick={() => editor.open(editSlot, paragraph.text)}
                data-testid="paragraph-edit"
              >
                {t('editor.edit')}
              </Menu.Item>
              <Menu.Item onClick={() => editor.open(afterSlot, '')} data-testid="paragraph-add-after">
                {t('editor.addAfter')}
              </Menu.Item>
              <Menu.Item disabled={!merge} onClick={() => merge && editor.run(merge)} data-testid="paragraph-merge">
                {t('editor.mergeWithNext')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item disabled={!up} onClick={() => up && editor.run(up)} data-testid="paragraph-move-up">
                {t('editor.moveUp')}
              </Menu.Item>
              <Menu.Item disabled={!down} onClick={() => down && editor.run(down)} data-testid="paragraph-move-down">
                {t('editor.moveDown')}
              </Menu.Item>
              {otherSections.length > 0 && (
                <Menu.Sub>
                  <Menu.Sub.Target>
                    <Menu.Sub.Item>{t('editor.moveToSection')}</Menu.Sub.Item>
                  </Menu.Sub.Target>
                  <Menu.Sub.Dropdown>
                    {otherSections.map((target) => (
                      <Menu.Item
                        key={target.key}
                        onClick={() => {
                          const move = moveToSection(editor.sections, paragraph.key, target.key);
                          if (move) editor.run(move);
                        }}
                      >
                        {target.heading || t('editor.untitledSection')}
                      </Menu.Item>
                    ))}
                  </Menu.Sub.Dropdown>
                </Menu.Sub>
              )}
              <Menu.Divider />
              <Menu.Item color="red" onClick={() => editor.askDelete(paragraph.key)} data-testid="paragraph-delete">
                {t('editor.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </div>
      </div>
      <ParagraphAmendments paragraph={paragraph} />
      {adding && (
        <div className="draft-paragraph editor-new-paragraph">
          <span className="draft-paragraph-number">+</span>
          <ParagraphTextEditor
            slot={afterSlot}
            unsaved={adding}
            label={t('editor.newParagraphAfter', { number: paragraph.number })}
            onSave={(text) =>
              editor.run(
                { type: 'add_paragraph', sectionKey: section.key, afterKey: paragraph.key, text: text.trim() },
                afterSlot,
              )
            }
          />
        </div>
      )}
    </>
  );
};
