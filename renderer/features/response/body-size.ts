/** The size in bytes of a body as Shoreline holds it (the UTF-8 length of inline text). */
import type { ResponseBody } from '../../../shared/contract/http';

const encoder = new TextEncoder();

/** Bytes of `body`: what "Size" shows for it. */
export function bodyBytes(body: ResponseBody): number {
  switch (body.kind) {
    case 'empty':
      return 0;
    case 'text':
      return encoder.encode(body.text).length;
    default:
      return body.size;
  }
}
