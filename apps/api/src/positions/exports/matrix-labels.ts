import type { Language } from '@concordia/contracts';
import { DOCUMENT_TERMS, type DocumentTerms } from './document-terms';

/** The words of the position matrix workbook, in the reader's language. */
export interface MatrixLabels {
  terms: DocumentTerms;
  /** The file's properties: what it is, for the process. */
  title: (process: string) => string;
  subject: string;
  summarySheet: string;
  /** A sheet for a round whose name leaves nothing Excel accepts. */
  untitledRound: string;
  columns: {
    round: string;
    paragraph: string;
    code: string;
    delegation: string;
    region: string;
    kind: string;
    consensus: string;
  };
}

export const MATRIX_LABELS: Record<Language, MatrixLabels> = {
  en: {
    terms: DOCUMENT_TERMS.en,
    title: (process) => `Position matrix — ${process}`,
    subject: 'Positions of the delegations, paragraph by paragraph and round by round',
    summarySheet: 'Summary',
    untitledRound: 'Round',
    columns: {
      round: 'Round',
      paragraph: 'Paragraph',
      code: 'Code',
      delegation: 'Delegation',
      region: 'Region',
      kind: 'Kind',
      consensus: 'Consensus',
    },
  },
  fr: {
    terms: DOCUMENT_TERMS.fr,
    title: (process) => `Matrice des positions — ${process}`,
    subject: 'Positions des délégations, paragraphe par paragraphe et cycle par cycle',
    summarySheet: 'Synthèse',
    untitledRound: 'Cycle',
    columns: {
      round: 'Cycle',
      paragraph: 'Paragraphe',
      code: 'Code',
      delegation: 'Délégation',
      region: 'Région',
      kind: 'Type',
      consensus: 'Consensus',
    },
  },
  es: {
    terms: DOCUMENT_TERMS.es,
    title: (process) => `Matriz de posiciones — ${process}`,
    subject: 'Posiciones de las delegaciones, párrafo por párrafo y ronda por ronda',
    summarySheet: 'Resumen',
    untitledRound: 'Ronda',
    columns: {
      round: 'Ronda',
      paragraph: 'Párrafo',
      code: 'Código',
      delegation: 'Delegación',
      region: 'Región',
      kind: 'Tipo',
      consensus: 'Consenso',
    },
  },
};
