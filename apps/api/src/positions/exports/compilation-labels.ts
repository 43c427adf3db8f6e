import type { Language } from '@concordia/contracts';
import { DOCUMENT_TERMS, type DocumentTerms } from './document-terms';

/** The words of the compilation that are ours, not the delegations', in the reader's language. */
export interface CompilationLabels {
  terms: DocumentTerms;
  /** What the document is: its subject, and with the round its title in the file's properties. */
  subject: string;
  title: (round: string) => string;
  compiled: (round: string, when: string) => string;
  paragraph: (number: string) => string;
  positions: string;
  noPositions: string;
  annotations: string;
  noAnnotations: string;
  columns: { delegation: string; position: string; statement: string; recordedBy: string };
  withAmendments: (stance: string, count: number) => string;
  /** "Amendment — Ana (Chile):", with the visibility when the thread is not the whole round's. */
  byline: (kind: string, who: string, visibility: string | null) => string;
  proposed: (operation: string) => string;
  /** `names`: the co-sponsoring delegations, already listed ("Peru, Chile"). */
  sponsors: (names: string) => string;
  reply: (author: string) => string;
  disposition: (value: string, by: string) => string;
  pending: string;
  reason: (reason: string) => string;
  /** "Applied in Rev.1": the published versions that took the amendment into their text. */
  /** `versions`: the labels of the published versions, already listed ("Rev.1, Rev.2"). */
  appliedIn: (versions: string) => string;
  /** Stands for the words of an annotation the chair hid: the document leaves the platform. */
  hiddenByChair: string;
}

const aside = (visibility: string | null) => (visibility ? ` [${visibility}]` : '');

export const COMPILATION_LABELS: Record<Language, CompilationLabels> = {
  en: {
    terms: DOCUMENT_TERMS.en,
    subject: 'Compilation of positions, comments and amendments',
    title: (round) => `Compilation of positions, comments and amendments — ${round}`,
    compiled: (round, when) => `${round} — compiled on ${when}`,
    paragraph: (number) => `Paragraph ${number}`,
    positions: 'Positions',
    noPositions: 'No position recorded.',
    annotations: 'Comments and amendments',
    noAnnotations: 'None.',
    columns: { delegation: 'Delegation', position: 'Position', statement: 'Statement', recordedBy: 'Recorded by' },
    withAmendments: (stance, n) => `${stance} (${n} ${n === 1 ? 'amendment' : 'amendments'})`,
    byline: (kind, who, visibility) => `${kind} — ${who}${aside(visibility)}: `,
    proposed: (operation) => `Proposed text (${operation}): `,
    sponsors: (names) => `Co-sponsors: ${names}`,
    reply: (author) => `${author}: `,
    disposition: (value, by) => `Disposition: ${value} (${by})`,
    pending: 'Disposition: pending',
    reason: (reason) => `Reason: ${reason}`,
    appliedIn: (versions) => `Applied in ${versions}`,
    hiddenByChair: '[Hidden by the chair]',
  },
  fr: {
    terms: DOCUMENT_TERMS.fr,
    subject: 'Compilation des positions, commentaires et amendements',
    title: (round) => `Compilation des positions, commentaires et amendements — ${round}`,
    compiled: (round, when) => `${round} — compilation du ${when}`,
    paragraph: (number) => `Paragraphe ${number}`,
    positions: 'Positions',
    noPositions: 'Aucune position enregistrée.',
    annotations: 'Commentaires et amendements',
    noAnnotations: 'Aucun.',
    columns: {
      delegation: 'Délégation',
      position: 'Position',
      statement: 'Déclaration',
      recordedBy: 'Enregistrée par',
    },
    withAmendments: (stance, n) => `${stance} (${n} ${n === 1 ? 'amendement' : 'amendements'})`,
    byline: (kind, who, visibility) => `${kind} — ${who}${aside(visibility)}\u00a0: `,
    proposed: (operation) => `Texte proposé (${operation})\u00a0: `,
    sponsors: (names) => `Coauteurs\u00a0: ${names}`,
    reply: (author) => `${author}\u00a0: `,
    disposition: (value, by) => `Suite donnée\u00a0: ${value} (${by})`,
    pending: 'Suite donnée\u00a0: en attente',
    reason: (reason) => `Motif\u00a0: ${reason}`,
    appliedIn: (versions) => `Intégré dans ${versions}`,
    hiddenByChair: '[Masqué par la présidence]',
  },
  es: {
    terms: DOCUMENT_TERMS.es,
    subject: 'Recopilación de posiciones, comentarios y enmiendas',
    title: (round) => `Recopilación de posiciones, comentarios y enmiendas — ${round}`,
    compiled: (round, when) => `${round} — recopilación del ${when}`,
    paragraph: (number) => `Párrafo ${number}`,
    positions: 'Posiciones',
    noPositions: 'No se ha registrado ninguna posición.',
    annotations: 'Comentarios y enmiendas',
    noAnnotations: 'Ninguno.',
    columns: { delegation: 'Delegación', position: 'Posición', statement: 'Declaración', recordedBy: 'Registrada por' },
    withAmendments: (stance, n) => `${stance} (${n} ${n === 1 ? 'enmienda' : 'enmiendas'})`,
    byline: (kind, who, visibility) => `${kind} — ${who}${aside(visibility)}: `,
    proposed: (operation) => `Texto propuesto (${operation}): `,
    sponsors: (names) => `Copatrocinadores: ${names}`,
    reply: (author) => `${author}: `,
    disposition: (value, by) => `Decisión: ${value} (${by})`,
    pending: 'Decisión: pendiente',
    reason: (reason) => `Motivo: ${reason}`,
    appliedIn: (versions) => `Incorporada en ${versions}`,
    hiddenByChair: '[Ocultado por la presidencia]',
  },
};
