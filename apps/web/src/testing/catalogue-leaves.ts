/** Every string of a catalogue with the key path that holds it: for the catalogue guard specs. */
export const leaves = (tree: object, path: string[] = []): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]: [string, unknown]): [string, string][] =>
    typeof value === 'string' ? [[[...path, key].join('.'), value]] : leaves(value as object, [...path, key]),
  );
