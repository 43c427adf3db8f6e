/**
 * Guards of the library itself: the public surface other projects code against, and that the
 * code stays framework-free so the web client can bundle it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as drafting from './index';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('@concordia/drafting', () => {
  it('exports the agreed functions and error class', () => {
    const functions = [
      'blocksFromText',
      'structureDocument',
      'matchKeys',
      'textSimilarity',
      'materialise',
      'applyOperation',
      'renumber',
      'compareSections',
      'DraftingError',
    ] as const;
    for (const name of functions) expect(typeof drafting[name]).toBe('function');
  });

  it.each(sources(__dirname).map((path) => [relative(__dirname, path), path]))(
    '%s imports only contracts, diff and its own files, and no Node API',
    (_name, path) => {
      const code = readFileSync(path, 'utf8');
      const imports = [...code.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      for (const source of imports) expect(source).toMatch(/^(?:\.\.?\/|@concordia\/contracts$|diff$)/);
      expect(code).not.toMatch(/\b(?:require\(|process\.|Buffer\b|__dirname|node:)/);
    },
  );
});
