/**
 * Downloads a spec from a URL in the main process: http(s) only, 10 seconds without progress at
 * most, and never more than 50 MB read (the body is streamed and dropped past the cap, so a huge
 * or endless answer cannot fill memory).
 */
import type { AbortSignalLike } from '../../../shared/contract/define';
import { ShorelineError } from '../../../shared/errors';
import { detectTextEncoding, utf16WithoutBomMessage } from '../../../shared/openapi/spec-text-encoding';

/** The largest spec fetched from a URL. */
export const maxUrlBytes = 50 * 1024 * 1024;

/** Options of {@link fetchSpecText}. */
export interface FetchSpecOptions {
  signal?: AbortSignalLike;
  /** Longest wait for the server to answer, and for each next piece of the body; default 10 s. */
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

/** A downloaded spec. */
export interface FetchedSpec {
  text: string;
  /** The last path segment of the URL (after redirects), for display and re-import matching. */
  fileName: string;
  /** The URL the text finally came from. */
  finalUrl: string;
}

/** The file name a URL points at: `storage-api.yaml`, or the host when the path has none. */
export function fileNameOfUrl(url: string): string {
  try {
    const u = new URL(url);
    const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '');
    return last || u.hostname;
  } catch {
    return url;
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** The text of a spec file's bytes: UTF-8 or UTF-16 (by its byte-order mark), or a refusal in words. */
export function decodeSpecBytes(bytes: Uint8Array, fileName: string): string {
  const guess = detectTextEncoding(bytes);
  if (guess.encoding === 'utf-16-without-bom') throw new ShorelineError('spec_invalid', utf16WithoutBomMessage(fileName));
  return new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(bytes.subarray(guess.bomBytes));
}

/** Downloads `url` as text. Errors are {@link ShorelineError}s worded for the user. */
export async function fetchSpecText(url: string, options: FetchSpecOptions = {}): Promise<FetchedSpec> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? maxUrlBytes;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const wrap = (error: unknown): ShorelineError => {
    if (error instanceof ShorelineError) return error;
    if (timedOut) return new ShorelineError('timeout', `${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    if (options.signal?.aborted) return new ShorelineError('cancelled', 'The download was cancelled.');
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    return new ShorelineError('unreachable', `Shoreline could not reach ${host}. Check the address and your network.`, cause || undefined);
  };
  try {
    arm();
    const response = await (options.fetch ?? fetch)(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'application/json, application/yaml, text/yaml, */*' } });
    if (!response.ok) {
      const code = response.status === 404 ? 'not_found' : 'network';
      throw new ShorelineError(code, `${host} answered ${response.status} ${response.statusText}`.trim() + ' instead of the spec.');
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      throw new ShorelineError('too_large', `This spec is ${megabytes(declared)}; Shoreline downloads specs of up to ${megabytes(maxBytes)}.`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        arm();
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new ShorelineError('too_large', `This spec is larger than ${megabytes(maxBytes)}, the most Shoreline downloads.`);
        }
        chunks.push(value);
      }
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    const finalUrl = response.url || url;
    const fileName = fileNameOfUrl(finalUrl);
    return { text: decodeSpecBytes(bytes, fileName), fileName, finalUrl };
  } catch (error) {
    throw wrap(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
