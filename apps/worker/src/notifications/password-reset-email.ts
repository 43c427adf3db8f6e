import { type Language, notifiedTime } from '@concordia/contracts';
import { type RenderedEmail, renderLinkEmail } from './email-layout';

/** What the email of a password reset link says; `expiresAt` is an ISO instant. */
export interface PasswordResetFacts {
  name: string;
  expiresAt: string;
  /** The page that sets the new password, with the link's token. */
  resetUrl: string;
}

interface PasswordResetPhrases {
  subject: string;
  headline: (name: string) => string;
  validity: (time: string) => string;
  action: string;
  why: string;
}

const PHRASES: Record<Language, PasswordResetPhrases> = {
  en: {
    subject: 'Choose a new Concordia password',
    headline: (name) => `${name}, someone (we hope you) asked to choose a new password for your Concordia account.`,
    validity: (time) => `The link works once, until ${time}. Choosing a new password signs you out everywhere else.`,
    action: 'Choose a new password',
    why: 'You receive this email because your address was entered on the Concordia sign-in page. If you did not ask for it, ignore it: your password stays as it is.',
  },
  fr: {
    subject: 'Choisir un nouveau mot de passe Concordia',
    headline: (name) =>
      `${name}, quelqu’un (vous, nous l’espérons) a demandé à choisir un nouveau mot de passe pour votre compte Concordia.`,
    validity: (time) =>
      `Le lien ne sert qu’une fois, jusqu’au ${time}. Choisir un nouveau mot de passe vous déconnecte partout ailleurs.`,
    action: 'Choisir un nouveau mot de passe',
    why: 'Vous recevez ce message parce que votre adresse a été saisie sur la page de connexion de Concordia. Si vous ne l’avez pas demandé, ignorez-le\u00a0: votre mot de passe reste inchangé.',
  },
  es: {
    subject: 'Elegir una nueva contraseña de Concordia',
    headline: (name) =>
      `${name}, alguien (esperamos que usted) pidió elegir una nueva contraseña para su cuenta de Concordia.`,
    validity: (time) =>
      `El enlace solo sirve una vez, hasta el ${time}. Elegir una nueva contraseña cierra su sesión en todos los demás lugares.`,
    action: 'Elegir una nueva contraseña',
    why: 'Recibe este mensaje porque su dirección se escribió en la página de inicio de sesión de Concordia. Si no lo pidió, ignórelo: su contraseña no cambia.',
  },
};

/** A reset link's email in the account's language, its expiry in the account's time zone. Transactional: no unsubscribe. */
export function renderPasswordResetEmail(
  language: Language,
  timeZone: string,
  facts: PasswordResetFacts,
): RenderedEmail {
  const p = PHRASES[language];
  return renderLinkEmail(language, {
    subject: p.subject,
    headline: p.headline(facts.name),
    validity: p.validity(notifiedTime(facts.expiresAt, language, timeZone)),
    action: p.action,
    url: facts.resetUrl,
    why: p.why,
  });
}
