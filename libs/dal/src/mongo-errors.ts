/** MongoDB (and FerretDB) report a unique index violation with this code. */
export const DUPLICATE_KEY_CODE = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === DUPLICATE_KEY_CODE;
}
