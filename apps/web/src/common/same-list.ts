/** Whether two lists hold the same items in the same order (by identity unless `same` says otherwise). */
export const sameList = <X>(a: readonly X[], b: readonly X[], same: (x: X, y: X) => boolean = Object.is): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i]));
