import {
  notifiedParagraph,
  notifiedParagraphs,
  notifiedRound,
  notifiedRoundAside,
  notifiedTime,
  type DispositionValue,
  type Language,
  type NotificationEvent,
  type NotificationType,
} from '@concordia/contracts';

/** What one email says, before it is laid out as HTML and plain text. */
export interface EmailWords {
  subject: string;
  /** One sentence saying what happened. */
  headline: string;
  /** The words concerned (an excerpt or a reason), quoted under the headline. */
  quote: string | null;
  action: string;
}

/** Says an instant in the recipient's time zone and language (see notifiedTime). */
type Time = (iso: string) => string;

interface Phrases {
  texts: { [T in NotificationType]: (event: Extract<NotificationEvent, { type: T }>, time: Time) => EmailWords };
  disposition: Record<DispositionValue, string>;
  unsubscribe: string;
  /** The digest's own link: it stops the digest (what it gathers stays in the bell). */
  unsubscribeDigest: string;
  unsubscribeHint: string;
  preferences: string;
  digestSubject: (count: number) => string;
  digestIntro: (count: number) => string;
  someone: string;
}

const who = (name: string | null, fallback: string): string => name ?? fallback;
/** A silence procedure covers one paragraph or several: the words agree ("paragraphs 4, 5 are agreed"). */
const several = (e: { paragraphKeys: readonly string[] }): boolean => e.paragraphKeys.length > 1;
const enParagraphs = (e: Parameters<typeof notifiedParagraphs>[0]): string =>
  `${several(e) ? 'paragraphs' : 'paragraph'} ${notifiedParagraphs(e)}`;
const frParagraphs = (e: Parameters<typeof notifiedParagraphs>[0]): string =>
  `${several(e) ? 'les paragraphes' : 'le paragraphe'} ${notifiedParagraphs(e)}`;
const esParagraphs = (e: Parameters<typeof notifiedParagraphs>[0]): string =>
  `${several(e) ? 'los párrafos' : 'el párrafo'} ${notifiedParagraphs(e)}`;
/** " (process)" after a draft's title, when the event names the process. */
const inProcess = (e: { processTitle?: string | undefined }): string =>
  e.processTitle === undefined ? '' : ` (${e.processTitle})`;

const en: Phrases = {
  someone: 'Someone',
  disposition: { accepted: 'accepted', partly_accepted: 'partly accepted', not_retained: 'not retained' },
  texts: {
    'annotation.replied': (e) => ({
      subject: `${who(e.actorName, 'Someone')} replied in a thread you follow on paragraph ${notifiedParagraph(e)}`,
      headline: `${who(e.actorName, 'Someone')} replied in a thread you follow on paragraph ${notifiedParagraph(e)} in ${notifiedRound(e)}.`,
      quote: e.excerpt,
      action: 'Open the conversation',
    }),
    'delegation.mentioned': (e) => ({
      subject: `Your delegation was mentioned on paragraph ${notifiedParagraph(e)}`,
      headline: `${who(e.actorName, 'Someone')} mentioned your delegation on paragraph ${notifiedParagraph(e)} in ${notifiedRound(e)}.`,
      quote: e.excerpt,
      action: 'Open the conversation',
    }),
    'annotation.disposition': (e) => ({
      subject: `Your contribution on paragraph ${notifiedParagraph(e)} was ${en.disposition[e.value]}`,
      headline: `The secretariat marked your contribution on paragraph ${notifiedParagraph(e)} in ${notifiedRound(e)} as ${en.disposition[e.value]}.`,
      quote: e.reason,
      action: 'See the decision',
    }),
    'amendment.sponsored': (e) => ({
      subject: `${e.delegationName} co-sponsors your amendment`,
      headline: `${e.delegationName} co-sponsors your amendment to paragraph ${notifiedParagraph(e)} in ${notifiedRound(e)}.`,
      quote: null,
      action: 'See the amendment',
    }),
    'amendment.sponsor_withdrawn': (e) => ({
      subject: `${e.delegationName} no longer co-sponsors your amendment`,
      headline: `${e.delegationName} no longer co-sponsors your amendment to paragraph ${notifiedParagraph(e)} in ${notifiedRound(e)}.`,
      quote: null,
      action: 'See the amendment',
    }),
    'version.published': (e) =>
      e.draftTitle === undefined
        ? {
            subject: `New version published: ${e.label}`,
            headline: `${e.label} of the draft has been published.`,
            quote: e.note ?? null,
            action: 'Read the new version',
          }
        : {
            subject: `New version of “${e.draftTitle}”: ${e.label}`,
            headline: `${e.label} of “${e.draftTitle}”${inProcess(e)} has been published.`,
            quote: e.note ?? null,
            action:
              e.previousVersionId === undefined
                ? 'Read the new version'
                : `See what changed since ${e.previousLabel ?? 'the previous version'}`,
          },
    'round.opened': (e, time) => ({
      subject: `${notifiedRound(e)} is open`,
      headline: `${notifiedRound(e)} is open for comments until ${time(e.closesAt)}.`,
      quote: null,
      action: 'Read the text and comment',
    }),
    'round.closing_soon': (e, time) => ({
      subject: `${notifiedRound(e)} closes in 24 hours`,
      headline: `${notifiedRound(e)} closes in 24 hours, on ${time(e.closesAt)}; comments are accepted until then.`,
      quote: null,
      action: 'Comment before it closes',
    }),
    'round.deadline_changed': (e, time) => ({
      subject: `${notifiedRound(e)} now closes on ${time(e.closesAt)}`,
      headline: `The closing time of ${notifiedRound(e)} has moved from ${time(e.previousClosesAt)} to ${time(e.closesAt)}; comments are accepted until then.`,
      quote: null,
      action: 'See the new closing time',
    }),
    'round.closed': (e) => ({
      subject: `${notifiedRound(e)} is closed`,
      headline: `${notifiedRound(e)} is closed: it no longer accepts comments.`,
      quote: null,
      action: 'See the positions and the consensus',
    }),
    'silence.started': (e, time) => ({
      subject: `Silence procedure on ${enParagraphs(e)}`,
      headline: `The chair of ${notifiedRound(e)} put ${enParagraphs(e)} under a silence procedure until ${time(e.deadline)}: without an objection by then, the text is adopted.`,
      quote: null,
      action: several(e) ? 'Read the paragraphs' : 'Read the paragraph',
    }),
    'silence.broken': (e) => ({
      subject: `${e.delegationName} broke silence on ${enParagraphs(e)}`,
      headline: `${e.delegationName} broke silence on ${enParagraphs(e)} in ${notifiedRound(e)}: the text is not adopted.`,
      quote: e.excerpt,
      action: 'Read the statement',
    }),
    'silence.adopted': (e) => ({
      subject: `${several(e) ? 'Paragraphs' : 'Paragraph'} ${notifiedParagraphs(e)} adopted under silence`,
      headline: `Nobody broke silence before the deadline: ${enParagraphs(e)} in ${notifiedRound(e)} ${several(e) ? 'are' : 'is'} agreed.`,
      quote: null,
      action: several(e) ? 'Read the paragraphs' : 'Read the paragraph',
    }),
    'speakers.next': (e) => ({
      subject: `${e.delegationName}: your turn to speak is next`,
      headline: `${e.delegationName} is next on the speakers' list of ${notifiedRound(e)} (paragraph ${notifiedParagraph(e)}).`,
      quote: null,
      action: 'Go to the speakers’ list',
    }),
  },
  unsubscribe: 'Unsubscribe from these emails',
  unsubscribeDigest: 'Stop the daily digest (its events stay in the bell)',
  unsubscribeHint: 'You receive this email because of your notification settings in Concordia.',
  preferences: 'Notification settings',
  digestSubject: (n) => `Your daily Concordia digest: ${n} update${n === 1 ? '' : 's'}`,
  digestIntro: (n) => `Here ${n === 1 ? 'is what' : `are the ${n} things that`} happened since your last digest.`,
};

const fr: Phrases = {
  someone: 'Quelqu’un',
  disposition: { accepted: 'acceptée', partly_accepted: 'partiellement acceptée', not_retained: 'non retenue' },
  texts: {
    'annotation.replied': (e) => ({
      subject: `${who(e.actorName, 'Quelqu’un')} a répondu dans une discussion que vous suivez (paragraphe ${notifiedParagraph(e)})`,
      headline: `${who(e.actorName, 'Quelqu’un')} a répondu dans une discussion que vous suivez sur le paragraphe ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: e.excerpt,
      action: 'Ouvrir la discussion',
    }),
    'delegation.mentioned': (e) => ({
      subject: `Votre délégation a été mentionnée sur le paragraphe ${notifiedParagraph(e)}`,
      headline: `${who(e.actorName, 'Quelqu’un')} a mentionné votre délégation sur le paragraphe ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: e.excerpt,
      action: 'Ouvrir la discussion',
    }),
    'annotation.disposition': (e) => ({
      subject: `Votre contribution sur le paragraphe ${notifiedParagraph(e)} a été ${fr.disposition[e.value]}`,
      headline: `Le secrétariat a indiqué que votre contribution sur le paragraphe ${notifiedParagraph(e)} (${notifiedRoundAside(e)}) a été ${fr.disposition[e.value]}.`,
      quote: e.reason,
      action: 'Voir la décision',
    }),
    'amendment.sponsored': (e) => ({
      subject: `${e.delegationName} se porte coauteur de votre amendement`,
      headline: `${e.delegationName} se porte coauteur de votre amendement au paragraphe ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: null,
      action: 'Voir l’amendement',
    }),
    'amendment.sponsor_withdrawn': (e) => ({
      subject: `${e.delegationName} n’est plus coauteur de votre amendement`,
      headline: `${e.delegationName} n’est plus coauteur de votre amendement au paragraphe ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: null,
      action: 'Voir l’amendement',
    }),
    'version.published': (e) =>
      e.draftTitle === undefined
        ? {
            subject: `Nouvelle version publiée\u00a0: ${e.label}`,
            headline: `La version ${e.label} du projet a été publiée.`,
            quote: e.note ?? null,
            action: 'Lire la nouvelle version',
          }
        : {
            subject: `Nouvelle version de «\u00a0${e.draftTitle}\u00a0»\u00a0: ${e.label}`,
            headline: `La version ${e.label} de «\u00a0${e.draftTitle}\u00a0»${inProcess(e)} a été publiée.`,
            quote: e.note ?? null,
            action:
              e.previousVersionId === undefined
                ? 'Lire la nouvelle version'
                : `Voir les changements depuis ${e.previousLabel ?? 'la version précédente'}`,
          },
    'round.opened': (e, time) => ({
      subject: `${notifiedRound(e)} est ouvert`,
      headline: `${notifiedRound(e)} est ouvert aux commentaires jusqu’au ${time(e.closesAt)}.`,
      quote: null,
      action: 'Lire le texte et commenter',
    }),
    'round.closing_soon': (e, time) => ({
      subject: `${notifiedRound(e)} se termine dans 24 heures`,
      headline: `${notifiedRound(e)} se termine dans 24 heures, le ${time(e.closesAt)}\u00a0; les commentaires sont acceptés jusque-là.`,
      quote: null,
      action: 'Commenter avant la clôture',
    }),
    'round.deadline_changed': (e, time) => ({
      subject: `${notifiedRound(e)} se termine désormais le ${time(e.closesAt)}`,
      headline: `La clôture de ${notifiedRound(e)} passe du ${time(e.previousClosesAt)} au ${time(e.closesAt)}\u00a0; les commentaires sont acceptés jusque-là.`,
      quote: null,
      action: 'Voir la nouvelle heure de clôture',
    }),
    'round.closed': (e) => ({
      subject: `${notifiedRound(e)} est clos`,
      headline: `${notifiedRound(e)} est clos\u00a0: il n’accepte plus de commentaires.`,
      quote: null,
      action: 'Voir les positions et le consensus',
    }),
    'silence.started': (e, time) => ({
      subject: `Procédure d’accord tacite sur ${frParagraphs(e)}`,
      headline: `La présidence de ${notifiedRound(e)} a soumis ${frParagraphs(e)} à une procédure d’accord tacite jusqu’au ${time(e.deadline)}\u00a0: sans objection d’ici là, le texte est adopté.`,
      quote: null,
      action: several(e) ? 'Lire les paragraphes' : 'Lire le paragraphe',
    }),
    'silence.broken': (e) => ({
      subject: `${e.delegationName} a rompu le silence sur ${frParagraphs(e)}`,
      headline: `${e.delegationName} a rompu le silence sur ${frParagraphs(e)} dans ${notifiedRound(e)}\u00a0: le texte n’est pas adopté.`,
      quote: e.excerpt,
      action: 'Lire la déclaration',
    }),
    'silence.adopted': (e) => ({
      subject: `${several(e) ? 'Paragraphes' : 'Paragraphe'} ${notifiedParagraphs(e)} ${several(e) ? 'adoptés' : 'adopté'} par accord tacite`,
      headline: `Personne n’a rompu le silence avant l’échéance\u00a0: ${frParagraphs(e)} de ${notifiedRound(e)} ${several(e) ? 'sont agréés' : 'est agréé'}.`,
      quote: null,
      action: several(e) ? 'Lire les paragraphes' : 'Lire le paragraphe',
    }),
    'speakers.next': (e) => ({
      subject: `${e.delegationName}\u00a0: vous avez bientôt la parole`,
      headline: `${e.delegationName} est la prochaine sur la liste des orateurs de ${notifiedRound(e)} (paragraphe ${notifiedParagraph(e)}).`,
      quote: null,
      action: 'Aller à la liste des orateurs',
    }),
  },
  unsubscribe: 'Ne plus recevoir ces courriels',
  unsubscribeDigest: 'Ne plus recevoir le résumé quotidien (ses événements restent dans la cloche)',
  unsubscribeHint: 'Vous recevez ce courriel en raison de vos paramètres de notification dans Concordia.',
  preferences: 'Paramètres de notification',
  digestSubject: (n) => `Votre résumé quotidien Concordia\u00a0: ${n} nouveauté${n === 1 ? '' : 's'}`,
  digestIntro: (n) =>
    n === 1
      ? 'Voici ce qui s’est passé depuis votre dernier résumé.'
      : `Voici les ${n} nouveautés depuis votre dernier résumé.`,
};

const es: Phrases = {
  someone: 'Alguien',
  disposition: { accepted: 'aceptada', partly_accepted: 'aceptada en parte', not_retained: 'no retenida' },
  texts: {
    'annotation.replied': (e) => ({
      subject: `${who(e.actorName, 'Alguien')} respondió en una conversación que sigue (párrafo ${notifiedParagraph(e)})`,
      headline: `${who(e.actorName, 'Alguien')} respondió en una conversación que sigue sobre el párrafo ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: e.excerpt,
      action: 'Abrir la conversación',
    }),
    'delegation.mentioned': (e) => ({
      subject: `Se mencionó a su delegación en el párrafo ${notifiedParagraph(e)}`,
      headline: `${who(e.actorName, 'Alguien')} mencionó a su delegación en el párrafo ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: e.excerpt,
      action: 'Abrir la conversación',
    }),
    'annotation.disposition': (e) => ({
      subject: `Su contribución sobre el párrafo ${notifiedParagraph(e)} fue ${es.disposition[e.value]}`,
      headline: `La secretaría indicó que su contribución sobre el párrafo ${notifiedParagraph(e)} (${notifiedRoundAside(e)}) fue ${es.disposition[e.value]}.`,
      quote: e.reason,
      action: 'Ver la decisión',
    }),
    'amendment.sponsored': (e) => ({
      subject: `${e.delegationName} copatrocina su enmienda`,
      headline: `${e.delegationName} copatrocina su enmienda al párrafo ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: null,
      action: 'Ver la enmienda',
    }),
    'amendment.sponsor_withdrawn': (e) => ({
      subject: `${e.delegationName} ya no copatrocina su enmienda`,
      headline: `${e.delegationName} ya no copatrocina su enmienda al párrafo ${notifiedParagraph(e)} (${notifiedRoundAside(e)}).`,
      quote: null,
      action: 'Ver la enmienda',
    }),
    'version.published': (e) =>
      e.draftTitle === undefined
        ? {
            subject: `Nueva versión publicada: ${e.label}`,
            headline: `Se publicó la versión ${e.label} del borrador.`,
            quote: e.note ?? null,
            action: 'Leer la nueva versión',
          }
        : {
            subject: `Nueva versión de «${e.draftTitle}»: ${e.label}`,
            headline: `Se publicó la versión ${e.label} de «${e.draftTitle}»${inProcess(e)}.`,
            quote: e.note ?? null,
            action:
              e.previousVersionId === undefined
                ? 'Leer la nueva versión'
                : `Ver los cambios desde ${e.previousLabel ?? 'la versión anterior'}`,
          },
    'round.opened': (e, time) => ({
      subject: `${notifiedRound(e)} está abierta`,
      headline: `${notifiedRound(e)} está abierta a comentarios hasta el ${time(e.closesAt)}.`,
      quote: null,
      action: 'Leer el texto y comentar',
    }),
    'round.closing_soon': (e, time) => ({
      subject: `${notifiedRound(e)} se cierra en 24 horas`,
      headline: `${notifiedRound(e)} se cierra en 24 horas, el ${time(e.closesAt)}; se aceptan comentarios hasta entonces.`,
      quote: null,
      action: 'Comentar antes del cierre',
    }),
    'round.deadline_changed': (e, time) => ({
      subject: `${notifiedRound(e)} se cierra ahora el ${time(e.closesAt)}`,
      headline: `El cierre de ${notifiedRound(e)} pasa del ${time(e.previousClosesAt)} al ${time(e.closesAt)}; se aceptan comentarios hasta entonces.`,
      quote: null,
      action: 'Ver la nueva hora de cierre',
    }),
    'round.closed': (e) => ({
      subject: `${notifiedRound(e)} está cerrada`,
      headline: `${notifiedRound(e)} está cerrada: ya no acepta comentarios.`,
      quote: null,
      action: 'Ver las posiciones y el consenso',
    }),
    'silence.started': (e, time) => ({
      subject: `Procedimiento de silencio sobre ${esParagraphs(e)}`,
      headline: `La presidencia de ${notifiedRound(e)} sometió ${esParagraphs(e)} a un procedimiento de silencio hasta el ${time(e.deadline)}: sin objeción antes de esa fecha, el texto queda adoptado.`,
      quote: null,
      action: several(e) ? 'Leer los párrafos' : 'Leer el párrafo',
    }),
    'silence.broken': (e) => ({
      subject: `${e.delegationName} rompió el silencio sobre ${esParagraphs(e)}`,
      headline: `${e.delegationName} rompió el silencio sobre ${esParagraphs(e)} en ${notifiedRound(e)}: el texto no queda adoptado.`,
      quote: e.excerpt,
      action: 'Leer la declaración',
    }),
    'silence.adopted': (e) => ({
      subject: `${several(e) ? 'Párrafos' : 'Párrafo'} ${notifiedParagraphs(e)} ${several(e) ? 'adoptados' : 'adoptado'} por silencio`,
      headline: `Nadie rompió el silencio antes del plazo: ${esParagraphs(e)} de ${notifiedRound(e)} ${several(e) ? 'quedan acordados' : 'queda acordado'}.`,
      quote: null,
      action: several(e) ? 'Leer los párrafos' : 'Leer el párrafo',
    }),
    'speakers.next': (e) => ({
      subject: `${e.delegationName}: le toca hablar a continuación`,
      headline: `${e.delegationName} es la siguiente en la lista de oradores de ${notifiedRound(e)} (párrafo ${notifiedParagraph(e)}).`,
      quote: null,
      action: 'Ir a la lista de oradores',
    }),
  },
  unsubscribe: 'Dejar de recibir estos correos',
  unsubscribeDigest: 'Dejar de recibir el resumen diario (sus eventos siguen en la campana)',
  unsubscribeHint: 'Recibe este correo por su configuración de notificaciones en Concordia.',
  preferences: 'Configuración de notificaciones',
  digestSubject: (n) => `Su resumen diario de Concordia: ${n} novedad${n === 1 ? '' : 'es'}`,
  digestIntro: (n) =>
    n === 1 ? 'Esto es lo que pasó desde su último resumen.' : `Estas son las ${n} novedades desde su último resumen.`,
};

export const PHRASES: Record<Language, Phrases> = { en, fr, es };

/** What an event's email says to a reader of that language, with times in their zone. */
export function wordsFor(language: Language, timeZone: string, event: NotificationEvent): EmailWords {
  const texts = PHRASES[language].texts;
  // The mapped type guarantees the function matches the event; TS cannot narrow the lookup.
  const render = texts[event.type] as (e: NotificationEvent, time: Time) => EmailWords;
  return render(event, (iso) => notifiedTime(iso, language, timeZone));
}
