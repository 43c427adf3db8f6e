import { type Language, notifiedTime, type ProcessRole } from '@concordia/contracts';
import { type RenderedEmail, renderLinkEmail } from './email-layout';

/** What an invitation email names; `delegation` is null for a role without one. */
export interface InvitationFacts {
  processTitle: string;
  inviterName: string;
  role: ProcessRole;
  delegation: string | null;
  expiresAt: string;
  /** The address of the page that accepts it, with its token. */
  acceptUrl: string;
}

interface InvitationPhrases {
  roles: Record<ProcessRole, string>;
  subject: (process: string) => string;
  headline: (inviter: string, process: string, role: string, delegation: string | null) => string;
  validity: (time: string) => string;
  action: string;
  why: string;
}

/** Role names as the web app shows them (roles.process in apps/web/src/i18n/locales). */
const PHRASES: Record<Language, InvitationPhrases> = {
  en: {
    roles: {
      secretariat: 'Secretariat',
      chair: 'Chair',
      head_of_delegation: 'Head of delegation',
      delegate: 'Delegate',
      observer: 'Observer',
    },
    subject: (process) => `Invitation to take part in “${process}”`,
    headline: (inviter, process, role, delegation) =>
      `${inviter} invites you to take part in “${process}” on Concordia, with the role ${role}${delegation ? ` (delegation: ${delegation})` : ''}.`,
    validity: (time) => `The invitation is valid until ${time}, and its link works once.`,
    action: 'Accept the invitation',
    why: 'You receive this email because this address was invited to a process on Concordia. If you did not expect it, ignore it: nothing happens without you.',
  },
  fr: {
    roles: {
      secretariat: 'Secrétariat',
      chair: 'Présidence',
      head_of_delegation: 'Chef de délégation',
      delegate: 'Délégué',
      observer: 'Observateur',
    },
    subject: (process) => `Invitation à participer à «\u00a0${process}\u00a0»`,
    headline: (inviter, process, role, delegation) =>
      `${inviter} vous invite à participer à «\u00a0${process}\u00a0» sur Concordia, avec le rôle ${role}${delegation ? ` (délégation\u00a0: ${delegation})` : ''}.`,
    validity: (time) => `L’invitation est valable jusqu’au ${time}, et son lien ne sert qu’une fois.`,
    action: 'Accepter l’invitation',
    why: 'Vous recevez ce message parce que cette adresse a été invitée à un processus sur Concordia. Si vous ne l’attendiez pas, ignorez-le\u00a0: rien ne se passe sans vous.',
  },
  es: {
    roles: {
      secretariat: 'Secretaría',
      chair: 'Presidencia',
      head_of_delegation: 'Jefe de delegación',
      delegate: 'Delegado',
      observer: 'Observador',
    },
    subject: (process) => `Invitación a participar en «${process}»`,
    headline: (inviter, process, role, delegation) =>
      `${inviter} le invita a participar en «${process}» en Concordia, con la función ${role}${delegation ? ` (delegación: ${delegation})` : ''}.`,
    validity: (time) => `La invitación es válida hasta el ${time}, y su enlace solo sirve una vez.`,
    action: 'Aceptar la invitación',
    why: 'Recibe este mensaje porque esta dirección fue invitada a un proceso en Concordia. Si no lo esperaba, ignórelo: no ocurre nada sin usted.',
  },
};

/**
 * An invitation's email in one language, its deadline in `timeZone`. Transactional: no
 * unsubscribe link (there is no account yet to hold a preference), only why it came.
 */
export function renderInvitationEmail(language: Language, timeZone: string, facts: InvitationFacts): RenderedEmail {
  const p = PHRASES[language];
  return renderLinkEmail(language, {
    subject: p.subject(facts.processTitle),
    headline: p.headline(facts.inviterName, facts.processTitle, p.roles[facts.role], facts.delegation),
    validity: p.validity(notifiedTime(facts.expiresAt, language, timeZone)),
    action: p.action,
    url: facts.acceptUrl,
    why: p.why,
  });
}
