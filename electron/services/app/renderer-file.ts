/** Maps a URL path of the renderer's origin to a file of the built renderer, for both hosts. */
import { join, normalize, sep } from 'node:path';

/** The file `urlPath` names inside `root` (`/` is the index page), or undefined when it points outside. */
export function rendererFilePath(root: string, urlPath: string): string | undefined {
  let relative: string;
  try {
    relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined; // a malformed escape such as %E0%A4%A
  }
  const base = normalize(root);
  const file = normalize(join(base, relative));
  return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : undefined;
}
