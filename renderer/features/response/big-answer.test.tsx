// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BodyChunk, HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { Host } from '../../host/host';
import { HostProvider } from '../../host/host-context';
import { ResponsePanel } from './response-panel';

afterEach(cleanup);

const text = JSON.stringify({ items: [{ id: 'v1', name: 'volume-1' }, { id: 'v2', name: 'volume-2' }] });

/** A host keeping `text` as body b1, read 16 bytes at a time. */
function keepingHost(): { host: Host; asked: number[] } {
  const bytes = new TextEncoder().encode(text);
  const asked: number[] = [];
  const invoke = vi.fn(async (name: string, input: unknown) => {
    if (name !== 'http.bodyChunk') return undefined;
    const { offset } = input as { offset: number };
    asked.push(offset);
    const end = Math.min(bytes.length, offset + 16);
    const chunk: BodyChunk = { id: 'b1', offset, nextOffset: end, size: bytes.length, done: end >= bytes.length, data: new TextDecoder().decode(bytes.subarray(offset, end)) };
    return chunk;
  });
  return { host: { kind: 'web', invoke: invoke as unknown as Host['invoke'], on: () => () => undefined }, asked };
}

function exchange(size: number): { request: SendRequest; response: HttpResponse } {
  const request: SendRequest = { requestId: 'r1', method: 'GET', url: 'https://example.test/volumes', headers: [] };
  const response: HttpResponse = {
    requestId: 'r1', status: 200, statusText: 'OK', headers: [{ name: 'Content-Type', value: 'application/json' }],
    timing: { totalMs: 900, headersMs: 100 }, size, contentType: 'application/json', contentKind: 'json',
    body: { kind: 'large', id: 'b1', size },
    sent: { method: 'GET', url: request.url, headers: [] },
  };
  return { request, response };
}

function show(host: Host, size: number) {
  render(
    <HostProvider host={host}>
      <ResponsePanel pending={false} onSend={vi.fn()} onCancel={vi.fn()} exchange={exchange(size)} />
    </HostProvider>,
  );
}

describe('an answer kept by the host', () => {
  it('above 20 MB asks first, then reads it in chunks and shows its table and raw text', async () => {
    const { host, asked } = keepingHost();
    show(host, 25 * 1024 * 1024);
    expect(screen.getByTestId('large-body-gate').textContent).toContain('Showing it may slow Shoreline down');
    expect(asked).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect(await screen.findByRole('tab', { name: 'Table', selected: true })).toBeTruthy();
    expect(asked).toEqual([0, 16, 32, 48, 64]);
    expect(screen.getByTestId('table-summary').textContent).toContain('2 items');
    fireEvent.click(screen.getByRole('tab', { name: 'Raw' }));
    expect(screen.getByTestId('response-raw').textContent).toBe(text);
  });

  it('up to 20 MB is read at once', async () => {
    const { host } = keepingHost();
    show(host, 6 * 1024 * 1024);
    expect(screen.queryByTestId('large-body-gate')).toBeNull();
    expect(await screen.findByRole('tab', { name: 'Table', selected: true })).toBeTruthy();
  });
});
