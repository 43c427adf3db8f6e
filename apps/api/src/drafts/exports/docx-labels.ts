import { dateFormatter, type Language } from '@concordia/contracts';
import { READER_LOCALES } from '../../common/reader';

/** The few words of a draft's Word documents that are ours, not the draft's, in the reader's language. */
export interface DocxLabels {
  published: (date: string) => string;
  working: (date: string) => string;
  compared: (to: string, from: string) => string;
  key: string;
  moved: (from: string) => string;
  added: string;
  removed: string;
  headingChanged: (from: string) => string;
  untitled: string;
  pageOf: string;
  /** Heads the secretariat's note circulated with a published version. */
  note: string;
}

export const DOCX_LABELS: Record<Language, DocxLabels> = {
  en: {
    published: (date) => `Published on ${date}`,
    working: (date) => `Working version, not published: as it stood on ${date}`,
    compared: (to, from) => `${to} compared with ${from}`,
    key: 'Added words are underlined, removed words struck through.',
    moved: (from) => `moved, was ${from}`,
    added: 'new paragraph',
    removed: 'paragraph removed',
    headingChanged: (from) => `heading was “${from}”`,
    untitled: 'Untitled section',
    pageOf: 'Page',
    note: 'Note by the secretariat',
  },
  fr: {
    published: (date) => `Publiée le ${date}`,
    working: (date) => `Version de travail, non publiée\u00a0: état au ${date}`,
    compared: (to, from) => `${to} comparée à ${from}`,
    key: 'Les mots ajoutés sont soulignés, les mots supprimés barrés.',
    moved: (from) => `déplacé, était ${from}`,
    added: 'nouveau paragraphe',
    removed: 'paragraphe supprimé',
    headingChanged: (from) => `titre précédent\u00a0: «\u00a0${from}\u00a0»`,
    untitled: 'Section sans titre',
    pageOf: 'Page',
    note: 'Note du secrétariat',
  },
  es: {
    published: (date) => `Publicada el ${date}`,
    working: (date) => `Versión de trabajo, no publicada: estado al ${date}`,
    compared: (to, from) => `${to} comparada con ${from}`,
    key: 'Las palabras añadidas están subrayadas y las suprimidas, tachadas.',
    moved: (from) => `desplazado, era ${from}`,
    added: 'párrafo nuevo',
    removed: 'párrafo suprimido',
    headingChanged: (from) => `título anterior: «${from}»`,
    untitled: 'Sección sin título',
    pageOf: 'Página',
    note: 'Nota de la secretaría',
  },
};

/** A day as the reader writes it ("27 November 2026", "1er novembre 2026"), in UTC: the document has no zone. */
export const documentDate = (iso: string, language: Language): string =>
  dateFormatter(READER_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
