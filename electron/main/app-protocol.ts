/**
 * Serves the built renderer on `app://shoreline/`. Every answer carries the Content-Security-Policy
 * (a worker's policy comes from its own script's response, not from the page) and a Content-Type
 * chosen from the file name, so Monaco's workers load as JavaScript whatever Chromium would sniff.
 */
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { contentTypeForFile } from '../../shared/http/file-types';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { rendererFilePath } from '../services/app/renderer-file';
import { appScheme } from './app-origin';

/** Must run before `app.whenReady()`: makes the scheme standard and secure so workers and fetch work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const commonHeaders = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers one `app://shoreline/<path>` request from `rendererDir`; nothing outside it is reachable. */
export async function serveAppFile(rendererDir: string, url: string): Promise<Response> {
  const file = rendererFilePath(rendererDir, new URL(url).pathname);
  if (!file) return notFound();
  try {
    if (!(await stat(file)).isFile()) return notFound();
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...commonHeaders, 'Content-Type': contentTypeForFile(file) } });
  } catch {
    return notFound();
  }
}

/** Registers the handler of the `app` scheme (after the app is ready). */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveAppFile(rendererDir, request.url));
}
