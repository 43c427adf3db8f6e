import { VisuallyHidden } from '@mantine/core';

interface PoliteAnnouncementProps {
  text: string;
  /**
   * Changed with each announcement, so the same words said twice ("Reply sent", then again) are
   * read out twice: screen readers ignore a live region whose text did not change.
   */
  serial?: number;
  testId: string;
}

/**
 * Words read out politely by screen readers when they change, out of the layout. Keep it mounted
 * (empty until there is something to say): a live region that appears with its text is not read.
 */
export const PoliteAnnouncement = ({ text, serial = 0, testId }: PoliteAnnouncementProps) => (
  <VisuallyHidden aria-live="polite" data-testid={testId}>
    <span key={serial}>{text}</span>
  </VisuallyHidden>
);
