// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import { adviceForStatus } from '../../../shared/http/advice';
import { readPage } from '../../../shared/http/pagination';
import type { Host } from '../../host/host';
import { HostProvider } from '../../host/host-context';
import { ResponsePanel } from './response-panel';

vi.mock('./body/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));
const { downloadText } = await import('./body/download');

afterEach(cleanup);

// jsdom lays nothing out; give scroll areas a height so the virtualised table draws its rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 }));
afterAll(() => clientHeight && Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight));

const host: Host = { kind: 'web', invoke: vi.fn(async () => undefined as never), on: () => () => undefined };

function exchange(status: number, body: unknown, url = '{{baseUrl}}/api/v1/storage-systems?limit=2&offset=2'): { request: SendRequest; response: HttpResponse } {
  const text = JSON.stringify(body);
  const request: SendRequest = { requestId: 'r1', environmentId: 'e1', method: 'GET', url, headers: [] };
  const response: HttpResponse = {
    requestId: 'r1', status, statusText: '', headers: [{ name: 'Content-Type', value: 'application/json' }],
    timing: { totalMs: 143, headersMs: 120 }, size: text.length, contentType: 'application/json', contentKind: 'json',
    body: { kind: 'text', text },
    sent: { method: 'GET', url: url.replace('{{baseUrl}}', 'https://eu1.data.cloud.hpe.com'), headers: [{ name: 'Authorization', value: 'Bearer ••••••' }] },
  };
  const page = status < 300 ? readPage(body, url) : undefined;
  if (page) response.pagination = page;
  const advice = adviceForStatus(status, body);
  if (advice) response.advice = advice;
  return { request, response };
}

function show(props: Partial<Parameters<typeof ResponsePanel>[0]>) {
  const onSend = vi.fn();
  const onCancel = vi.fn();
  render(
    <HostProvider host={host}>
      <ResponsePanel pending={false} onSend={onSend} onCancel={onCancel} {...props} />
    </HostProvider>,
  );
  return { onSend, onCancel };
}

describe('ResponsePanel', () => {
  it('invites a first Send, then shows the waiting state with Cancel', () => {
    show({});
    expect(screen.getByText('Press Send to see the answer here')).toBeTruthy();
    cleanup();
    const { onCancel } = show({ pending: true });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('shows a list as status, count, table and pages, and builds the next page', () => {
    const items = [{ id: 'a1', name: 'array-1', system: { name: 'sys-1' } }, { id: 'a2', name: 'array-2', system: { name: 'sys-2' } }];
    const { onSend } = show({ exchange: exchange(200, { items, total: 7, count: 2, offset: 2 }) });
    expect(screen.getByTestId('status-chip').textContent).toBe('200 OK');
    expect(screen.getByTestId('response-items').textContent).toBe('2 items of 7');
    expect(screen.getByRole('tab', { name: 'Table', selected: true })).toBeTruthy();
    expect(screen.getByTestId('page-summary').textContent).toBe('Page 2 of 4 · items 3–4 of 7');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['#', 'id', 'name', 'system.name']);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(onSend).toHaveBeenCalledTimes(1);
    const next = onSend.mock.calls[0]?.[0] as SendRequest;
    expect(next.url).toBe('{{baseUrl}}/api/v1/storage-systems?limit=2&offset=4');
    expect(next.requestId).not.toBe('r1');
  });

  it('sorts by a column and exports the visible columns in that order as CSV', () => {
    const items = [{ id: 'a1', name: 'vol2' }, { id: 'a2', name: 'vol10' }, { id: 'a3', name: '=cmd()' }];
    show({ exchange: exchange(200, { items, total: 3, count: 3, offset: 0 }, '{{baseUrl}}/api/v1/storage-systems') });
    const names = () => screen.getAllByRole('cell').filter((c) => c.getAttribute('data-column') === 'name').map((c) => c.textContent);
    expect(names()).toEqual(['vol2', 'vol10', '=cmd()']);
    const header = screen.getAllByRole('columnheader').find((h) => h.getAttribute('data-column') === 'name') as HTMLElement;
    fireEvent.click(within(header).getByRole('button'));
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['vol10', 'vol2', '=cmd()']);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloadText).toHaveBeenCalledWith("\uFEFFid,name\r\na2,vol10\r\na1,vol2\r\na3,'=cmd()\r\n", 'storage-systems.csv', 'text/csv;charset=utf-8');
  });

  it('turns a 403 into advice naming the permission, with the raw answer one click away', () => {
    show({ exchange: exchange(403, { message: 'Missing permission data-services.volume.read' }, '{{baseUrl}}/api/v1/volumes') });
    const advice = screen.getByTestId('response-advice');
    expect(within(advice).getByText('Permission missing')).toBeTruthy();
    expect(screen.getByTestId('advice-permission').textContent).toBe('data-services.volume.read');
    // Who to ask is said once (the advice itself), not a second time under the permission.
    expect(advice.textContent).toContain('Ask a workspace administrator to assign you a role that includes it');
    expect(advice.textContent?.match(/administrator/gi)).toHaveLength(1);
    fireEvent.click(within(advice).getByRole('button', { name: 'Show the raw answer' }));
    expect(screen.getByRole('tab', { name: 'Raw', selected: true })).toBeTruthy();
    expect(screen.getByTestId('response-raw').textContent).toContain('data-services.volume.read');
  });

  it('shows what was sent, with the token masked', () => {
    show({ exchange: exchange(200, { id: 'x' }, '{{baseUrl}}/api/v1/volumes/x') });
    fireEvent.click(screen.getByRole('tab', { name: 'Headers' }));
    expect(screen.getByTestId('sent-url').textContent).toBe('https://eu1.data.cloud.hpe.com/api/v1/volumes/x');
    expect(screen.getByTestId('request-header-table').textContent).toContain('Bearer ••••••');
  });

  it('words an error without an answer', () => {
    show({ error: { code: 'unreachable', message: 'Shoreline could not reach eu1.data.cloud.hpe.com.' } });
    expect(screen.getByText('Could not reach the service')).toBeTruthy();
  });
});
