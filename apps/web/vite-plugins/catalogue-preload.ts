import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The name of the built client's second entry (see build.rollupOptions.input). */
export const CATALOGUE_PRELOAD_ENTRY = 'catalogue-preload';
const SOURCE = '/src/i18n/catalogue-preload.ts';

/**
 * Puts src/i18n/catalogue-preload.ts at the top of index.html, as an async module script with its
 * imports preloaded: the reader's catalogue is then fetched beside the app's first scripts instead
 * of after all of them. A classic inline script would do it in fewer bytes, but the production CSP
 * (`script-src 'self'`) forbids inline scripts; this one is a file of our own origin.
 */
export const cataloguePreload = (): Plugin => {
  let base = '/';
  return {
    name: 'concordia:catalogue-preload',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const script = (src: string): HtmlTagDescriptor => ({
          tag: 'script',
          attrs: { type: 'module', crossorigin: true, async: true, src },
          injectTo: 'head-prepend',
        });
        if (!context.bundle) return [script(SOURCE)]; // dev server: served from the source
        const entry = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === CATALOGUE_PRELOAD_ENTRY,
        );
        if (!entry || entry.type !== 'chunk') {
          throw new Error(`the build has no "${CATALOGUE_PRELOAD_ENTRY}" entry: see build.rollupOptions.input`);
        }
        return [
          script(base + entry.fileName),
          ...entry.imports.map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + file },
            injectTo: 'head-prepend',
          })),
        ];
      },
    },
  };
};
