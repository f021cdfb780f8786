import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { metaContentSecurityPolicy } from './shared/security/content-security-policy.ts';

/** Puts the app's Content-Security-Policy into index.html, from the one declaration both hosts use. */
function cspMeta(): Plugin {
  return {
    name: 'shoreline-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The entry (main.tsx) is tiny and loads the app with `import()`, so that the first screen's questions
 * leave before React is evaluated. Its chunks are still listed as modulepreloads in index.html, so the
 * browser fetches and compiles them in parallel with the entry instead of after it.
 */
function preloadTheApp(appModule: string): Plugin {
  return {
    name: 'shoreline-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle: OutputBundle | undefined = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`The app module ${appModule} is not a chunk of its own: main.tsx must load it with import().`);
        const files = new Set<string>();
        const visit = (chunk: OutputChunk | undefined) => {
          if (!chunk || files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const name of chunk.imports) visit(chunks.find((c) => c.fileName === name));
        };
        visit(app);
        const linked = [...files].filter((file) => !html.includes(`/${file}"`));
        return linked.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), preloadTheApp('renderer/app/start-app.tsx')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'es' },
});
