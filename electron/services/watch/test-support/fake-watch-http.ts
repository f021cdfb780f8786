/**
 * A stand-in for the HTTP service in the watch service's tests: each request goes to a handler that
 * answers with a status, headers and a JSON body (or throws, as a dropped connection would), and
 * comes back shaped like `http.send`'s answer.
 */
import type { HttpResponse } from '../../../../shared/contract/http';
import type { ParsedSendRequest } from '../../http/prepare-request';
import type { WatchHttp } from '../watch-fetcher';

/** What a handler answers. */
export interface FakeAnswer {
  status?: number;
  statusText?: string;
  headers?: Record<string, string>;
  body?: unknown;
  advice?: HttpResponse['advice'];
}

/** The fake, with every request it was sent. */
export interface FakeWatchHttp extends WatchHttp {
  sent: ParsedSendRequest[];
}

/** Creates the fake over `handler`; relative URLs are read against `https://api.example`. */
export function createFakeWatchHttp(handler: (url: string, request: ParsedSendRequest) => FakeAnswer | Promise<FakeAnswer>): FakeWatchHttp {
  const sent: ParsedSendRequest[] = [];
  return {
    sent,
    releaseBody: async () => undefined,
    async send(input) {
      sent.push(input);
      const url = input.url.replace('{{baseUrl}}', 'https://api.example');
      const answer = await handler(url, input);
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      const response: HttpResponse = {
        requestId: input.requestId,
        status: answer.status ?? 200,
        statusText: answer.statusText ?? 'OK',
        headers: Object.entries({ 'content-type': 'application/json', ...answer.headers }).map(([name, value]) => ({ name, value })),
        timing: { totalMs: 1, headersMs: 1 },
        size: text.length,
        contentType: 'application/json',
        contentKind: 'json',
        body: text === '' ? { kind: 'empty' } : { kind: 'text', text },
        sent: { method: input.method, url, headers: [{ name: 'Accept', value: 'application/json' }, { name: 'Authorization', value: 'Bearer ••••••' }] },
      };
      if (answer.advice) response.advice = answer.advice;
      return response;
    },
  };
}
