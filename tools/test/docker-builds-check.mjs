// The images' build stages, run without Docker (there is no engine on these machines): each
// Dockerfile's files from the build context (filtered by .dockerignore, as `docker build` sends
// them) are copied into a scratch folder, and the stage's build command runs there. A file the
// build needs but the Dockerfile does not copy, or .dockerignore keeps out, fails here rather
// than at the first production build (the web build loading tools/lib/exemplar-cities.js was one).
// Dependencies are not installed again: the checkout's node_modules is linked, its workspace
// packages pointing at the scratch copies, as `npm ci` would link them.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ignore = require('@balena/dockerignore');
const { ROOT } = require('../lib/procs.js');

const rules = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8');
const context = ignore().add(rules);
const exceptions = rules
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1).trim());
/** Build commands the check knows how to run here; `npm ci` and `npm prune` are left to Docker. */
const RUNNABLE = /^npx (tsc|vite) /;

/** The stages of a Dockerfile: the files each copies from the context and the commands it runs. */
function stagesOf(dockerfile) {
  const lines = readFileSync(dockerfile, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages = [];
  for (const line of lines) {
    const [instruction, ...args] = line.split(/\s+/);
    if (instruction === 'FROM') {
      const parent = stages.find((s) => s.name === args[0]);
      stages.push({ name: args[2] ?? args[0], copies: [...(parent?.copies ?? [])], runs: [] });
    } else if (instruction === 'COPY' && !args.some((a) => a.startsWith('--from='))) {
      const paths = args.filter((a) => !a.startsWith('--'));
      const destination = paths.pop();
      stages.at(-1).copies.push(...paths.map((source) => ({ source, destination })));
    } else if (instruction === 'RUN') {
      for (const command of args
        .join(' ')
        .split('&&')
        .map((c) => c.trim()))
        if (RUNNABLE.test(command)) stages.at(-1).runs.push(command);
    }
  }
  return stages;
}

/** Copies a context path as `docker build` would: what .dockerignore keeps out stays out. */
function copyFromContext(source, target) {
  const absolute = path.join(ROOT, source);
  if (!existsSync(absolute)) throw new Error(`COPY ${source}: not in the repository`);
  if (statSync(absolute).isDirectory()) {
    // A folder kept out (node_modules, dist) is not walked, unless an exception reaches into it.
    if (context.ignores(source) && !exceptions.some((e) => e.startsWith(`${source}/`))) return;
    for (const entry of readdirSync(absolute))
      copyFromContext(path.posix.join(source, entry), path.join(target, entry));
    return;
  }
  if (context.ignores(source)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(absolute, target);
}

/** node_modules as `npm ci` leaves it: the checkout's packages, the workspaces' links to the copies. */
function linkDependencies(scratch) {
  const modules = path.join(scratch, 'node_modules');
  mkdirSync(path.join(modules, '@concordia'), { recursive: true });
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '@concordia') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  if (!existsSync(path.join(scratch, 'libs'))) return;
  for (const lib of readdirSync(path.join(scratch, 'libs')))
    symlinkSync(path.join(scratch, 'libs', lib), path.join(modules, '@concordia', lib));
}

let failed = 0;
for (const file of readdirSync(path.join(ROOT, 'docker')).filter((f) => f.endsWith('.Dockerfile'))) {
  for (const stage of stagesOf(path.join(ROOT, 'docker', file)).filter((s) => s.runs.length > 0)) {
    const scratch = mkdtempSync(path.join(tmpdir(), 'concordia-image-'));
    try {
      for (const { source, destination } of stage.copies) {
        // Destinations are relative to WORKDIR /app; a destination folder keeps the source's name.
        const into = path.join(scratch, destination);
        copyFromContext(source, destination.endsWith('/') ? path.join(into, path.basename(source)) : into);
      }
      linkDependencies(scratch);
      for (const command of stage.runs) {
        const [tool, ...args] = command.replace(/^npx /, '').split(/\s+/);
        console.log(`${file} (${stage.name}): ${command}`);
        const res = spawnSync(path.join(scratch, 'node_modules', '.bin', tool), args, {
          cwd: scratch,
          stdio: 'inherit',
        });
        if (res.status !== 0) {
          console.error(`${file} (${stage.name}): "${command}" failed in the image's build context`);
          failed += 1;
        }
      }
    } catch (error) {
      console.error(`${file} (${stage.name}): ${error.message}`);
      failed += 1;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
