import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import type { ChunkingContext, CodeSplittingGroup, OutputBundle, OutputChunk } from 'rolldown';
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
        const app = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(appModule)));
        if (!app) throw new Error(`The app module ${appModule} is in no chunk: main.tsx must load it with import().`);
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

/**
 * The first screen's modules (everything start-app imports statically) go into four chunks instead of
 * some thirty: over HTTP/1.1 the browser opens six connections per host, so thirty files load in five
 * rounds and the first screen's questions wait behind them. React, MUI's styling engine with the theme,
 * its components, and the app make one chunk each, so main.tsx can evaluate them one task at a time.
 * What the entry itself imports (the host and the early questions) makes a small chunk of its own: it
 * runs before any of the others is loaded. Modules only lazy parts use keep the automatic splitting.
 */
function firstScreenChunks(entryModule: string, appModule: string): CodeSplittingGroup[] {
  const entryId = resolve(import.meta.dirname, entryModule);
  let sets: { boot: Set<string>; first: Set<string> } | undefined;
  const reachable = (ctx: ChunkingContext, from: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) visit(next);
    };
    visit(from);
    return seen;
  };
  const setsOf = (ctx: ChunkingContext) => (sets ??= { boot: reachable(ctx, entryId), first: reachable(ctx, resolve(import.meta.dirname, appModule)) });
  const group = (name: string, priority: number, test: (id: string, ctx: ChunkingContext) => boolean): CodeSplittingGroup => ({
    name: (id, ctx) => (test(id, ctx) ? name : null),
    debugName: name,
    priority,
  });
  const first = (pattern: RegExp) => (id: string, ctx: ChunkingContext) => setsOf(ctx).first.has(id) && pattern.test(id);
  return [
    group('boot', 4, (id, ctx) => id !== entryId && setsOf(ctx).boot.has(id)),
    group('first-react', 3, first(/node_modules[\\/](react|react-dom|scheduler)[\\/]/)),
    // MUI's styling engine and theme (emotion, @mui/system, createTheme, run at import) apart from its components.
    group('first-styles', 2.5, first(/node_modules[\\/](@emotion|stylis|@mui[\\/](system|utils|styled-engine|private-theming)|@mui[\\/]material[\\/](styles|colors)[\\/])/)),
    group('first-ui', 2, first(/node_modules[\\/]/)),
    group('first-app', 1, first(/./)),
  ];
}

/** The module main.tsx loads the app through. */
const appModule = 'renderer/app/start-app.tsx';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), preloadTheApp(appModule)],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rolldownOptions: { output: { codeSplitting: { groups: firstScreenChunks('renderer/main.tsx', appModule) } } },
  },
  worker: { format: 'es' },
});
