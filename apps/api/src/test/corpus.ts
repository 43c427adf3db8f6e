import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root (apps/api/src/test -> four levels up). */
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * The shared corpus lives beside the repository (`../shared/corpus`), on development machines
 * and in CI alike; CORPUS_DIR overrides it. Its texts are read at run time, never copied here.
 */
export function corpusDir(): string {
  const candidates = [process.env.CORPUS_DIR, path.join(REPO_ROOT, '..', 'shared', 'corpus')].filter(
    (dir): dir is string => typeof dir === 'string' && dir.length > 0,
  );
  const found = candidates.find((dir) => existsSync(path.join(dir, 'a-59-377-excerpt.txt')));
  if (!found) throw new Error(`corpus not found (looked in ${candidates.join(', ')}); set CORPUS_DIR`);
  return found;
}

export const readCorpus = (name: 'a-59-377-excerpt.txt' | 'berne-initiative-summary.txt'): string =>
  readFileSync(path.join(corpusDir(), name), 'utf8');
