import {
  type AmendmentOperation,
  type AnnotationVisibility,
  type Language,
  NEGOTIATION_TERMS,
  type NegotiationTerms,
} from '@concordia/contracts';

/**
 * The words the secretariat's documents share (the compilation and the matrix workbook): the
 * negotiation's terms as the web says them, and a few the documents word their own way (a
 * visibility as a note beside a comment, an amendment's operation as a noun, consensus yes/no).
 */
export interface DocumentTerms extends NegotiationTerms {
  visibility: Record<AnnotationVisibility, string>;
  operation: Record<AmendmentOperation, string>;
  consensus: { yes: string; no: string };
}

export const DOCUMENT_TERMS: Record<Language, DocumentTerms> = {
  en: {
    ...NEGOTIATION_TERMS.en,
    visibility: { round: 'Whole round', delegation: 'Own delegation only', secretariat: 'Secretariat only' },
    operation: { replace: 'replacement', insert: 'insertion', delete: 'deletion', new_paragraph: 'new paragraph' },
    consensus: { yes: 'Yes', no: 'No' },
  },
  fr: {
    ...NEGOTIATION_TERMS.fr,
    visibility: { round: 'Tout le cycle', delegation: 'Délégation seulement', secretariat: 'Secrétariat seulement' },
    operation: {
      replace: 'remplacement',
      insert: 'insertion',
      delete: 'suppression',
      new_paragraph: 'nouveau paragraphe',
    },
    consensus: { yes: 'Oui', no: 'Non' },
  },
  es: {
    ...NEGOTIATION_TERMS.es,
    visibility: { round: 'Toda la ronda', delegation: 'Solo la delegación', secretariat: 'Solo la secretaría' },
    operation: { replace: 'sustitución', insert: 'inserción', delete: 'supresión', new_paragraph: 'párrafo nuevo' },
    consensus: { yes: 'Sí', no: 'No' },
  },
};
