import { formatDuration, type Language, type SpeakerTurn } from '@concordia/contracts';
import { csvRow } from '../audit/csv';

type Column =
  | 'givenAt'
  | 'endedAt'
  | 'delegation'
  | 'paragraph'
  | 'duration'
  | 'seconds'
  | 'limit'
  | 'overTime'
  | 'givenBy'
  | 'endedBy';

const COLUMNS: readonly Column[] = [
  'givenAt',
  'endedAt',
  'delegation',
  'paragraph',
  'duration',
  'seconds',
  'limit',
  'overTime',
  'givenBy',
  'endedBy',
];

/** The secretariat pastes the record into the meeting report: the headers in the reader's language. */
const HEADERS: Record<Language, Record<Column, string>> = {
  en: {
    givenAt: 'Floor given (UTC)',
    endedAt: 'Floor ended (UTC)',
    delegation: 'Delegation',
    paragraph: 'Paragraph',
    duration: 'Duration',
    seconds: 'Duration (seconds)',
    limit: 'Speaking time (minutes)',
    overTime: 'Over time',
    givenBy: 'Given by',
    endedBy: 'Ended by',
  },
  fr: {
    givenAt: 'Parole donnée (UTC)',
    endedAt: 'Fin de l’intervention (UTC)',
    delegation: 'Délégation',
    paragraph: 'Paragraphe',
    duration: 'Durée',
    seconds: 'Durée (secondes)',
    limit: 'Temps de parole (minutes)',
    overTime: 'Temps dépassé',
    givenBy: 'Donnée par',
    endedBy: 'Terminée par',
  },
  es: {
    givenAt: 'Palabra concedida (UTC)',
    endedAt: 'Fin de la intervención (UTC)',
    delegation: 'Delegación',
    paragraph: 'Párrafo',
    duration: 'Duración',
    seconds: 'Duración (segundos)',
    limit: 'Tiempo de palabra (minutos)',
    overTime: 'Tiempo excedido',
    givenBy: 'Concedida por',
    endedBy: 'Terminada por',
  },
};

const YES_NO: Record<Language, readonly [string, string]> = { en: ['yes', 'no'], fr: ['oui', 'non'], es: ['sí', 'no'] };

/**
 * The record of the floor as CSV (UTF-8 with a byte order mark, for spreadsheets): one row per
 * finished turn, oldest first; times in UTC ISO 8601, the paragraph by its number in the round's
 * version (its key when the version no longer has it).
 */
export function speakerTurnsCsv(
  turns: readonly SpeakerTurn[],
  language: Language,
  paragraphNumber: (key: string) => string | null,
): string {
  const headers = HEADERS[language];
  const [yes, no] = YES_NO[language];
  const rows = turns.map((turn) =>
    csvRow([
      turn.givenAt,
      turn.endedAt,
      turn.delegationName,
      paragraphNumber(turn.paragraphKey) ?? turn.paragraphKey,
      formatDuration(turn.elapsedMs),
      Math.floor(turn.elapsedMs / 1000),
      turn.speakingTimeMinutes,
      turn.speakingTimeMinutes === null ? '' : turn.overTime ? yes : no,
      turn.givenByName,
      turn.endedByName,
    ]),
  );
  return `\uFEFF${csvRow(COLUMNS.map((c) => headers[c]))}${rows.join('')}`;
}
