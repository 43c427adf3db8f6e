import type { DispositionValue, Language } from '@concordia/contracts';
import { COMPILATION_LABELS, type CompilationLabels } from './compilation-labels';

export type DispositionCounts = Record<DispositionValue | 'pending', number>;

/** The report's own words, in the reader's language; it shares the compilation's for each comment. */
export interface DelegationReportLabels {
  compilation: CompilationLabels;
  subject: string;
  title: (delegation: string, round: string) => string;
  prepared: (process: string, when: string) => string;
  summary: string;
  positionsRecorded: (recorded: number, paragraphs: number) => string;
  annotationsMade: (count: number, dispositions: DispositionCounts) => string;
  cosponsoredCount: (count: number) => string;
  paragraph: (number: string, status: string) => string;
  ourPosition: string;
  noPosition: string;
  position: (stance: string, statement: string, by: string) => string;
  ours: string;
  cosponsored: string;
  untouched: (numbers: string) => string;
}

const listed = (parts: string[]) => parts.join(', ');

export const DELEGATION_REPORT_LABELS: Record<Language, DelegationReportLabels> = {
  en: {
    compilation: COMPILATION_LABELS.en,
    subject: "A delegation's report on a round",
    title: (delegation, round) => `${delegation} — report on ${round}`,
    prepared: (process, when) => `${process} — prepared on ${when}`,
    summary: 'Summary',
    positionsRecorded: (recorded, paragraphs) => `Positions recorded: ${recorded} of ${paragraphs} paragraphs.`,
    annotationsMade: (count, d) =>
      `Comments and amendments: ${count} (${listed([
        `accepted ${d.accepted}`,
        `partly accepted ${d.partly_accepted}`,
        `not retained ${d.not_retained}`,
        `pending ${d.pending}`,
      ])}).`,
    cosponsoredCount: (count) => `Amendments of other delegations we co-sponsor: ${count}.`,
    paragraph: (number, status) => `Paragraph ${number} (${status})`,
    ourPosition: 'Our position',
    noPosition: 'No position recorded.',
    position: (stance, statement, by) => `${stance}${statement ? `: ${statement}` : ''} (recorded by ${by})`,
    ours: 'Our comments and amendments',
    cosponsored: 'Amendments we co-sponsor',
    untouched: (numbers) => `Paragraphs without our position, comments or co-sponsorship: ${numbers}.`,
  },
  fr: {
    compilation: COMPILATION_LABELS.fr,
    subject: 'Rapport d’une délégation sur un cycle',
    title: (delegation, round) => `${delegation} — rapport sur ${round}`,
    prepared: (process, when) => `${process} — établi le ${when}`,
    summary: 'Synthèse',
    positionsRecorded: (recorded, paragraphs) =>
      `Positions enregistrées\u00a0: ${recorded} sur ${paragraphs} paragraphes.`,
    annotationsMade: (count, d) =>
      `Commentaires et amendements\u00a0: ${count} (${listed([
        `acceptés ${d.accepted}`,
        `acceptés en partie ${d.partly_accepted}`,
        `non retenus ${d.not_retained}`,
        `en attente ${d.pending}`,
      ])}).`,
    cosponsoredCount: (count) => `Amendements d’autres délégations dont nous sommes coauteurs\u00a0: ${count}.`,
    paragraph: (number, status) => `Paragraphe ${number} (${status})`,
    ourPosition: 'Notre position',
    noPosition: 'Aucune position enregistrée.',
    position: (stance, statement, by) => `${stance}${statement ? `\u00a0: ${statement}` : ''} (enregistrée par ${by})`,
    ours: 'Nos commentaires et amendements',
    cosponsored: 'Amendements dont nous sommes coauteurs',
    untouched: (numbers) =>
      `Paragraphes sans position ni commentaire de notre part, ni amendement dont nous sommes coauteurs\u00a0: ${numbers}.`,
  },
  es: {
    compilation: COMPILATION_LABELS.es,
    subject: 'Informe de una delegación sobre una ronda',
    title: (delegation, round) => `${delegation} — informe sobre ${round}`,
    prepared: (process, when) => `${process} — elaborado el ${when}`,
    summary: 'Resumen',
    positionsRecorded: (recorded, paragraphs) => `Posiciones registradas: ${recorded} de ${paragraphs} párrafos.`,
    annotationsMade: (count, d) =>
      `Comentarios y enmiendas: ${count} (${listed([
        `aceptados ${d.accepted}`,
        `aceptados en parte ${d.partly_accepted}`,
        `no retenidos ${d.not_retained}`,
        `pendientes ${d.pending}`,
      ])}).`,
    cosponsoredCount: (count) => `Enmiendas de otras delegaciones que copatrocinamos: ${count}.`,
    paragraph: (number, status) => `Párrafo ${number} (${status})`,
    ourPosition: 'Nuestra posición',
    noPosition: 'No se ha registrado ninguna posición.',
    position: (stance, statement, by) => `${stance}${statement ? `: ${statement}` : ''} (registrada por ${by})`,
    ours: 'Nuestros comentarios y enmiendas',
    cosponsored: 'Enmiendas que copatrocinamos',
    untouched: (numbers) => `Párrafos sin posición, comentario ni copatrocinio nuestro: ${numbers}.`,
  },
};
