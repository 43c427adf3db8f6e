import type { AnnotationKind, DispositionValue } from './annotations';
import type { Language } from './common';
import type { PositionCounts } from './positions';
import type { DelegationKind, ProcessRole } from './roles';
import type { ParagraphStatus } from './rounds';

/**
 * What the negotiation's values are called in each language: a stance, a disposition, a kind of
 * annotation or of delegation. One table for the web's catalogues and the secretariat's
 * documents (compilation, matrix workbook), so the screen and the paper use the same words.
 */
export interface NegotiationTerms {
  /** A cell's stance; `none` is a cell where nothing was recorded. */
  position: Readonly<Record<keyof PositionCounts, string>>;
  disposition: Readonly<Record<DispositionValue, string>>;
  annotationKind: Readonly<Record<AnnotationKind, string>>;
  delegationKind: Readonly<Record<DelegationKind, string>>;
  paragraphStatus: Readonly<Record<ParagraphStatus, string>>;
  /** What a member does in a process (also read back from the secretariat's sheets of invitations). */
  processRole: Readonly<Record<ProcessRole, string>>;
}

export const NEGOTIATION_TERMS: Readonly<Record<Language, NegotiationTerms>> = {
  en: {
    position: {
      support: 'Support',
      support_with_amendments: 'Support with amendments',
      reservation: 'Reservation',
      objection: 'Objection',
      no_position: 'No position',
      none: 'Nothing recorded',
    },
    disposition: { accepted: 'Accepted', partly_accepted: 'Partly accepted', not_retained: 'Not retained' },
    annotationKind: { comment: 'Comment', question: 'Question', amendment: 'Amendment', reservation: 'Reservation' },
    paragraphStatus: { open: 'Open', bracketed: 'Bracketed', agreed_ad_referendum: 'Agreed ad ref.', agreed: 'Agreed' },
    processRole: {
      secretariat: 'Secretariat',
      chair: 'Chair',
      head_of_delegation: 'Head of delegation',
      delegate: 'Delegate',
      observer: 'Observer',
    },
    delegationKind: {
      member_state: 'Member State',
      intergovernmental_organisation: 'Intergovernmental organisation',
      regional_organisation: 'Regional organisation',
      ngo: 'Non-governmental organisation',
      expert: 'Independent expert',
    },
  },
  fr: {
    position: {
      support: 'Soutien',
      support_with_amendments: 'Soutien avec amendements',
      reservation: 'Réserve',
      objection: 'Objection',
      no_position: 'Pas de position',
      none: 'Rien d’enregistré',
    },
    disposition: { accepted: 'Accepté', partly_accepted: 'Accepté en partie', not_retained: 'Non retenu' },
    annotationKind: { comment: 'Commentaire', question: 'Question', amendment: 'Amendement', reservation: 'Réserve' },
    paragraphStatus: {
      open: 'Ouvert',
      bracketed: 'Entre crochets',
      agreed_ad_referendum: 'Adopté ad réf.',
      agreed: 'Adopté',
    },
    processRole: {
      secretariat: 'Secrétariat',
      chair: 'Présidence',
      head_of_delegation: 'Chef de délégation',
      delegate: 'Délégué',
      observer: 'Observateur',
    },
    delegationKind: {
      member_state: 'État membre',
      intergovernmental_organisation: 'Organisation intergouvernementale',
      regional_organisation: 'Organisation régionale',
      ngo: 'Organisation non gouvernementale',
      expert: 'Expert indépendant',
    },
  },
  es: {
    position: {
      support: 'Apoyo',
      support_with_amendments: 'Apoyo con enmiendas',
      reservation: 'Reserva',
      objection: 'Objeción',
      no_position: 'Sin posición',
      none: 'Nada registrado',
    },
    disposition: { accepted: 'Aceptado', partly_accepted: 'Aceptado en parte', not_retained: 'No retenido' },
    annotationKind: { comment: 'Comentario', question: 'Pregunta', amendment: 'Enmienda', reservation: 'Reserva' },
    paragraphStatus: {
      open: 'Abierto',
      bracketed: 'Entre corchetes',
      agreed_ad_referendum: 'Acordado ad ref.',
      agreed: 'Acordado',
    },
    processRole: {
      secretariat: 'Secretaría',
      chair: 'Presidencia',
      head_of_delegation: 'Jefe de delegación',
      delegate: 'Delegado',
      observer: 'Observador',
    },
    delegationKind: {
      member_state: 'Estado miembro',
      intergovernmental_organisation: 'Organización intergubernamental',
      regional_organisation: 'Organización regional',
      ngo: 'Organización no gubernamental',
      expert: 'Experto independiente',
    },
  },
};
