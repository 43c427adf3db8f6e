/** MongoDB (and FerretDB, on insert) report a unique index violation with this code. */
export const DUPLICATE_KEY_CODE = 11000;

/**
 * FerretDB v1's SQLite handler reports a unique index violated by an *update* as a generic
 * error whose message carries SQLite's own words (code 2067, SQLITE_CONSTRAINT_UNIQUE).
 */
const FERRETDB_UPDATE_UNIQUE = 'UNIQUE constraint failed';

export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('code' in error && error.code === DUPLICATE_KEY_CODE) return true;
  return 'message' in error && typeof error.message === 'string' && error.message.includes(FERRETDB_UPDATE_UNIQUE);
}
