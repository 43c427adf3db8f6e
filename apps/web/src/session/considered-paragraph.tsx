import { Anchor, Checkbox, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PoliteAnnouncement } from '../common/polite-announcement';

interface ConsideredParagraphProps {
  /** The paragraph under consideration, as readers cite it ("12"); null: none. */
  number: string | null;
  /** Its paragraph key (null: none): a change of key is what gets announced. */
  paragraphKey: string | null;
  follow: boolean;
  onFollow: (follow: boolean) => void;
  /** The reader asked to see it: the text scrolls to it. */
  onShow: () => void;
}

/**
 * One line at the head of the reading page's panel: the paragraph the chair has the room on, as a
 * link to it, and the reader's opt-in to follow the chair. A change is announced politely to
 * screen readers; what the reader found on arrival is not (it is on the line).
 */
export const ConsideredParagraph = ({ number, paragraphKey, follow, onFollow, onShow }: ConsideredParagraphProps) => {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<{ key: string | null } | null>(null);
  useEffect(() => {
    if (seen.current === null) {
      seen.current = { key: paragraphKey };
      return;
    }
    if (seen.current.key === paragraphKey) return;
    seen.current = { key: paragraphKey };
    setAnnouncement(
      number === null ? t('session.consideration.announceCleared') : t('session.consideration.announce', { number }),
    );
  }, [paragraphKey, number, t]);

  return (
    <>
      {number !== null && (
        <Group gap="sm" mb="xs" data-testid="consideration">
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            onClick={onShow}
            style={{ whiteSpace: 'nowrap' }}
            data-testid="consideration-link"
            data-key={paragraphKey}
          >
            {t('session.consideration.current', { number })}
          </Anchor>
          <Checkbox
            size="xs"
            label={t('session.consideration.follow')}
            title={t('session.consideration.followHint')}
            checked={follow}
            onChange={(event) => onFollow(event.currentTarget.checked)}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            data-testid="consideration-follow"
          />
        </Group>
      )}
      {/* Always there, so a change is read out however the line changed. */}
      <PoliteAnnouncement text={announcement} testId="consideration-announcement" />
    </>
  );
};
