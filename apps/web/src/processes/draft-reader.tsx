import type { DraftVersion } from '@concordia/contracts';
import { Box, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VersionStatusBadge } from '../common/badges';
import { useFormatters } from '../common/format';

/** Numbers arrive as "12" or "12." depending on the source document; show "12." either way. */
const displayNumber = (number: string): string => (/[.)]$/.test(number) ? number : `${number}.`);

/**
 * A draft version laid out like a negotiation document: a serif reading column, section headings,
 * and paragraph numbers hanging in the margin so they can be cited ("paragraph 12").
 */
export const DraftReader = ({ title, version }: { title: string; version: DraftVersion }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const paragraphCount = version.sections.reduce((sum, section) => sum + section.paragraphs.length, 0);

  return (
    <Box component="article" className="draft-document" data-testid="draft-reader" aria-labelledby="draft-title">
      <header className="draft-masthead">
        <Text className="draft-kicker">{title}</Text>
        <Title order={3} id="draft-title" className="draft-title" data-testid="version-label">
          {version.label}
        </Title>
        <Group gap="xs" justify="center" mt={6}>
          <VersionStatusBadge status={version.status} />
          <Text size="sm" c="dimmed">
            {version.publishedAt
              ? t('drafts.publishedOn', { date: format.date(version.publishedAt) })
              : t('drafts.notPublished')}
          </Text>
          <Text size="sm" c="dimmed">
            · {t('drafts.paragraphCount', { n: String(paragraphCount) })}
          </Text>
        </Group>
      </header>
      {version.sections.map((section) => (
        <section key={section.key} className="draft-section" aria-labelledby={`section-${section.key}`}>
          <h4 className="draft-section-heading" id={`section-${section.key}`}>
            {section.heading}
          </h4>
          {section.paragraphs.map((paragraph) => (
            <div
              key={paragraph.key}
              id={`para-${paragraph.key}`}
              className="draft-paragraph"
              data-testid="paragraph"
              data-key={paragraph.key}
            >
              <span
                className="draft-paragraph-number"
                aria-label={t('drafts.paragraphLabel', { number: paragraph.number })}
              >
                {displayNumber(paragraph.number)}
              </span>
              <p className="draft-paragraph-text">{paragraph.text}</p>
            </div>
          ))}
        </section>
      ))}
      {paragraphCount === 0 && (
        <Text c="dimmed" ta="center">
          {t('drafts.emptyVersion')}
        </Text>
      )}
    </Box>
  );
};
