import type { NotificationEvent, NotificationType } from '@concordia/contracts';
import { PHRASES, wordsFor } from './email-texts';
import { renderInvitationEmail } from './invitation-email';
import { renderPasswordResetEmail } from './password-reset-email';

const id = (c: string): string => c.repeat(24);
const common = { processId: id('a'), actorUserId: id('b'), actorName: 'Ana Ruiz', processTitle: 'Watercourses' };
const inRound = { ...common, roundId: id('c'), roundName: 'Second reading' };
const onAnnotation = {
  ...inRound,
  draftId: id('d'),
  versionId: id('e'),
  annotationId: id('f'),
  threadId: id('f'),
  paragraphKey: 'k1',
  paragraphNumber: '7',
};
const onSilence = { ...inRound, procedureId: id('1'), paragraphKeys: ['k1'], paragraphNumbers: ['7'] };
const at = '2026-11-01T17:00:00.000Z';

/** One event of each type: a type added to the contracts without a sample fails to compile. */
const samples: { [T in NotificationType]: Extract<NotificationEvent, { type: T }> } = {
  'annotation.replied': { type: 'annotation.replied', ...onAnnotation, excerpt: 'Agreed.' },
  'delegation.mentioned': { type: 'delegation.mentioned', ...onAnnotation, excerpt: 'See', delegationIds: [id('2')] },
  'annotation.disposition': { type: 'annotation.disposition', ...onAnnotation, value: 'accepted', reason: 'Fine.' },
  'amendment.sponsored': { type: 'amendment.sponsored', ...onAnnotation, delegationName: 'Mexico' },
  'amendment.sponsor_withdrawn': { type: 'amendment.sponsor_withdrawn', ...onAnnotation, delegationName: 'Mexico' },
  'version.published': {
    type: 'version.published',
    ...common,
    draftId: id('d'),
    versionId: id('e'),
    label: 'Rev.1',
    draftTitle: 'Draft agenda',
  },
  'round.opened': { type: 'round.opened', ...inRound, closesAt: at },
  'round.closing_soon': { type: 'round.closing_soon', ...inRound, closesAt: at },
  'round.closed': { type: 'round.closed', ...inRound },
  'round.deadline_changed': { type: 'round.deadline_changed', ...inRound, closesAt: at, previousClosesAt: at },
  'silence.started': { type: 'silence.started', ...onSilence, deadline: at },
  'silence.broken': { type: 'silence.broken', ...onSilence, delegationName: 'Mexico', excerpt: 'We object.' },
  'silence.adopted': { type: 'silence.adopted', ...onSilence },
  'speakers.next': {
    type: 'speakers.next',
    ...inRound,
    delegationId: id('2'),
    delegationName: 'Mexico',
    paragraphKey: 'k1',
    paragraphNumber: '7',
  },
};

// A plain space lets the line break before "?" or after "«", leaving the mark alone at a line's start.
const plainSpaceBeforeMark = / [:;?!»]|« /u;

describe('French emails use a no-break space before : ; ? ! and inside « »', () => {
  it.each(Object.values(samples))('$type', (event) => {
    const words = wordsFor('fr', 'Europe/Paris', event);
    expect([words.subject, words.headline, words.action].filter((text) => plainSpaceBeforeMark.test(text))).toEqual([]);
  });

  it('in the digest, the invitation and the password reset link', () => {
    const fr = PHRASES.fr;
    const digest = [fr.digestSubject(1), fr.digestSubject(2), fr.digestIntro(1), fr.digestIntro(2)];
    const invitation = renderInvitationEmail('fr', 'Europe/Paris', {
      processTitle: 'Watercourses',
      inviterName: 'Ana Ruiz',
      role: 'delegate',
      delegation: 'Mexico',
      expiresAt: at,
      acceptUrl: 'https://concordia.test/invitations/abc',
    });
    const reset = renderPasswordResetEmail('fr', 'Europe/Paris', {
      name: 'Ana Ruiz',
      expiresAt: at,
      resetUrl: 'https://concordia.test/password-reset/abc',
    });
    const texts = [
      ...digest,
      fr.unsubscribe,
      fr.unsubscribeHint,
      fr.preferences,
      invitation.subject,
      invitation.text,
      reset.subject,
      reset.text,
    ];
    expect(texts.filter((text) => plainSpaceBeforeMark.test(text))).toEqual([]);
    // The plain-text part labels its links: "Accepter l’invitation : https://…", not "invitation: https".
    expect(invitation.text).toContain('\u00a0: https://concordia.test/invitations/abc');
  });

  it('and says "1er" for the first of a month', () => {
    expect(wordsFor('fr', 'Europe/Paris', samples['round.opened']).headline).toContain('1er novembre 2026 à 18:00');
  });
});
