// `npm run build`: the API, worker and libraries (tsc -b) and the web client (apps/web/dist),
// the bundle `vite preview` and the browser tests serve.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ensureNodeModules, buildServer, buildWeb } = require('../lib/install.js');

try {
  ensureNodeModules();
  buildServer();
  buildWeb({ force: true });
} catch (err) {
  console.error(`\nbuild failed: ${err.message}`);
  process.exit(1);
}
