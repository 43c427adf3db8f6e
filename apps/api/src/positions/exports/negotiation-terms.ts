import type {
  AmendmentOperation,
  AnnotationKind,
  AnnotationVisibility,
  DelegationKind,
  DispositionValue,
  Language,
  PositionCounts,
} from '@concordia/contracts';

/**
 * The words of the negotiation the secretariat's documents share (the compilation and the matrix
 * workbook), in the reader's language: what a stance, a disposition, a kind is called. The same
 * words the web shows, so a document and the screen agree.
 */
export interface NegotiationTerms {
  /** A cell's stance; `none` is a cell where nothing was recorded. */
  position: Record<keyof PositionCounts, string>;
  disposition: Record<DispositionValue, string>;
  annotationKind: Record<AnnotationKind, string>;
  visibility: Record<AnnotationVisibility, string>;
  operation: Record<AmendmentOperation, string>;
  delegationKind: Record<DelegationKind, string>;
  consensus: { yes: string; no: string };
}

export const NEGOTIATION_TERMS: Record<Language, NegotiationTerms> = {
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
    visibility: { round: 'Whole round', delegation: 'Own delegation only', secretariat: 'Secretariat only' },
    operation: { replace: 'replacement', insert: 'insertion', delete: 'deletion', new_paragraph: 'new paragraph' },
    delegationKind: {
      member_state: 'Member State',
      intergovernmental_organisation: 'Intergovernmental organisation',
      regional_organisation: 'Regional organisation',
      ngo: 'Non-governmental organisation',
      expert: 'Independent expert',
    },
    consensus: { yes: 'Yes', no: 'No' },
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
    visibility: { round: 'Tout le cycle', delegation: 'Délégation seulement', secretariat: 'Secrétariat seulement' },
    operation: {
      replace: 'remplacement',
      insert: 'insertion',
      delete: 'suppression',
      new_paragraph: 'nouveau paragraphe',
    },
    delegationKind: {
      member_state: 'État membre',
      intergovernmental_organisation: 'Organisation intergouvernementale',
      regional_organisation: 'Organisation régionale',
      ngo: 'Organisation non gouvernementale',
      expert: 'Expert indépendant',
    },
    consensus: { yes: 'Oui', no: 'Non' },
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
    visibility: { round: 'Toda la ronda', delegation: 'Solo la delegación', secretariat: 'Solo la secretaría' },
    operation: { replace: 'sustitución', insert: 'inserción', delete: 'supresión', new_paragraph: 'párrafo nuevo' },
    delegationKind: {
      member_state: 'Estado miembro',
      intergovernmental_organisation: 'Organización intergubernamental',
      regional_organisation: 'Organización regional',
      ngo: 'Organización no gubernamental',
      expert: 'Experto independiente',
    },
    consensus: { yes: 'Sí', no: 'No' },
  },
};
