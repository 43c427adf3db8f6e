/**
 * Guard over the words the servers write themselves (error messages, audit summaries, emails):
 * the web's catalogues have their own guard (apps/web/src/i18n/catalogue-wording.spec.ts), but a
 * message built in the API, the worker or a library reaches a delegate too, in an error alert or
 * a mail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /(?<!\.(?:int-|e2e-)?spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const libraries = readdirSync(join(root, 'libs')).map((name) => join(root, 'libs', name, 'src'));
const files = [join(root, 'apps', 'api', 'src'), join(root, 'apps', 'worker', 'src'), ...libraries].flatMap(sources);

// The words of string literals on one line ('…', "…", `…`), a template's `${…}` left out: code
// such as `seqKey(s)` or `${notifiedRound(e)}` is not a message.
const literals = (line: string): string[] =>
  [...line.matchAll(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g)].map((match) =>
    match[0].replace(/\$\{[^}]*\}/g, '…'),
  );

// "3 change(s)" reads as a form letter: say "1 change" or "3 changes". Likewise "invité(e)".
const shortcut = /\p{L}\((?:s|es|x|e|a|as)\)|\p{Ll}·\p{Ll}|\p{Ll}\/(?:a|as|o|os|e|es)(?!\p{L})/u;

describe('messages written by the API, the worker and the libraries', () => {
  it('are read from every source file', () => {
    const names = files.map((path) => relative(root, path));
    expect(names).toContain(join('apps', 'api', 'src', 'imports', 'usecases', 'accept-import.usecase.ts'));
    expect(names).toContain(join('apps', 'worker', 'src', 'notifications', 'email-texts.ts'));
    expect(names).toContain(join('libs', 'drafting', 'src', 'operations', 'apply-operation.ts'));
    expect(names.filter((name) => /\.(?:int-|e2e-)?spec\.ts$/.test(name))).toEqual([]);
  });

  it('agree with their number and with nobody’s gender: no "(s)", "(e)" or "/a"', () => {
    const offending = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          literals(line)
            .filter((text) => shortcut.test(text))
            .map((text) => `${relative(root, path)}:${index + 1}: ${text}`),
        ),
    );
    expect(offending).toEqual([]);
  });

  it('would catch a counted noun and a gendered participle, not a call', () => {
    const line = 'throw new Error(`${n} change(s) since ${notifiedRound(e)}`); seqKey(s);';
    expect(literals(line).filter((text) => shortcut.test(text))).toEqual(['`… change(s) since …`']);
    expect(literals('`On ${notifiedRound(e)}`').filter((text) => shortcut.test(text))).toEqual([]);
    expect(['"retiré(e)"', "'invitado/a'", "'délégué·e'"].every((text) => shortcut.test(text))).toBe(true);
  });
});
