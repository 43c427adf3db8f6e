import { type Language, notifiedTime } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import type { Principal } from '../authz/principal';

/** Whom a document is written for: the words in their language, the times in their zone. */
export interface Reader {
  language: Language;
  timeZone: string;
}

/** International documents write the day first in English too ("27 November 2026"). */
export const READER_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr', es: 'es' };

/** The caller as a reader; an account without a stored zone reads UTC. */
export async function readerOf(models: Models, principal: Principal): Promise<Reader> {
  const user = await models.users
    .findById(principal.userId)
    .select({ language: 1, timeZone: 1 })
    .lean<Pick<UserRecord, 'language' | 'timeZone'>>()
    .exec();
  return { language: user?.language ?? 'en', timeZone: user?.timeZone || 'UTC' };
}

/** An instant as the reader writes it, zone named ("27 novembre 2026 à 15:20 heure normale d’Europe centrale"). */
export const readerTime = (iso: string, reader: Reader): string =>
  notifiedTime(iso, READER_LOCALES[reader.language], reader.timeZone);
