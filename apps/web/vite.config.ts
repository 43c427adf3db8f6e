import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { CATALOGUE_PRELOAD_ENTRY, cataloguePreload } from './vite-plugins/catalogue-preload';
import { EXEMPLAR_CITIES_QUERY, exemplarCitiesPlugin } from './vite-plugins/exemplar-cities';

/**
 * One config for `vite` (dev), `vite build` and `vite preview`. The root is this folder whatever the
 * working directory, so `npx vite build apps/web` and `npx vite --config apps/web/vite.config.ts`
 * behave the same. The browser only ever talks to its own origin: /api and /socket.io are proxied
 * to the API, which keeps the refresh cookie first-party and needs no CORS for HTTP calls.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const contractsSource = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));
// Amendments are previewed with the very code the API applies them with.
const anchoringSource = fileURLToPath(new URL('../../libs/anchoring/src/index.ts', import.meta.url));

const parsePort = (raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`WEB_PORT must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
};

const port = parsePort(process.env['WEB_PORT'], 4200);
const host = process.env['WEB_HOST'] ?? '127.0.0.1';
const apiTarget = process.env['API_PROXY_TARGET'] ?? 'http://127.0.0.1:3000';

// changeOrigin stays false: the API checks the browser's Origin and sees the host the user typed.
const proxy: Record<string, ProxyOptions> = {
  '^/api(/|$)': { target: apiTarget },
  '/socket.io': { target: apiTarget, ws: true },
};

/** recharts and what only it pulls in. */
const CHART_LIBRARIES =
  /\/node_modules\/(recharts|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|victory-vendor|d3-[a-z-]+|internmap|tiny-invariant|eventemitter3)\//;

/**
 * Libraries only some pages use: left to Rollup, which puts each with the pages that use it
 * rather than in 'vendor' or 'mantine', which the first page loads (@mantine/dates and dayjs: the
 * date fields' calendar, fetched when first opened).
 */
const PAGE_LIBRARIES = /\/node_modules\/(@tanstack|diff|papaparse|@mantine\/dates|dayjs)\//;

/**
 * Vite's warning for chunks over 500 kB, but for the Excel reader: exceljs alone is about 1 MB,
 * fetched only when a secretariat picks a workbook, and a warning printed on every build would
 * hide a new one.
 */
const CHUNK_WARNING_KB = 500;
const warnLargeChunks: Plugin = {
  name: 'concordia:large-chunks',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.name === 'workbook') continue;
      const kB = chunk.code.length / 1000;
      if (kB > CHUNK_WARNING_KB)
        this.warn(`${chunk.fileName} is ${kB.toFixed(0)} kB: split it (routes.tsx, manualChunks)`);
    }
  },
};

export default defineConfig({
  root,
  plugins: [react(), warnLargeChunks, cataloguePreload(), exemplarCitiesPlugin()],
  resolve: { alias: { '@concordia/contracts': contractsSource, '@concordia/anchoring': anchoringSource } },
  server: { host, port, strictPort: true, proxy },
  preview: { host, port, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1_100, // for 'workbook' only; every other chunk: warnLargeChunks
    rollupOptions: {
      // The app, and the script that fetches the reader's catalogue beside it (catalogue-preload.ts).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [CATALOGUE_PRELOAD_ENTRY]: fileURLToPath(new URL('src/i18n/catalogue-preload.ts', import.meta.url)),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        manualChunks: (id) => {
          // A language's time zone cities go with its catalogue (i18n/languages/), not in 'vendor'.
          if (!id.includes('/node_modules/') || id.endsWith(EXEMPLAR_CITIES_QUERY)) return undefined;
          // Read only when a secretariat chooses an Excel file: its own chunk, fetched then (a
          // library in 'vendor' would be loaded by every page).
          if (/\/node_modules\/(exceljs|numfmt)\//.test(id)) return 'workbook';
          // Drawn only on the positions page, which loads it on demand (shared helpers such as
          // clsx stay in 'vendor').
          if (CHART_LIBRARIES.test(id)) return 'charts';
          if (PAGE_LIBRARIES.test(id)) return undefined;
          // react-number-format draws Mantine's NumberInput: it goes where Mantine goes.
          if (/\/node_modules\/(@mantine|@floating-ui|react-number-format)\//.test(id)) return 'mantine';
          if (/\/node_modules\/(react|react-dom|react-router|scheduler)\//.test(id)) return 'react';
          if (id.includes('/zod/')) return 'zod';
          return 'vendor';
        },
      },
      onwarn: (warning, warn) => {
        // zod ships comments Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
});
