// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { Table } from '../../../shared/http/table';
import type { BodyViewState, ShownText } from './body/use-body-view';
import { ExchangeView } from './exchange-view';

// A big list's text views come first and its table later (from the format worker): the test decides when.
let view: BodyViewState = { tableSettled: false };
vi.mock('./body/use-body-view', () => ({ useBodyView: () => view }));
vi.mock('./body-panel', () => ({ BodyPanel: ({ tab }: { tab: string }) => <div data-testid="shown-view">{tab}</div> }));
vi.mock('../../components/announcer', () => ({ useAnnounce: () => () => undefined }));
vi.mock('./use-release-body', () => ({ keptBodyId: () => undefined, useReleaseReplaced: () => undefined }));

afterEach(cleanup);

const request: SendRequest = { requestId: 'r1', method: 'GET', url: 'https://example.test/volumes', headers: [] };
const response: HttpResponse = {
  requestId: 'r1', status: 200, statusText: 'OK', headers: [{ name: 'Content-Type', value: 'application/json' }],
  timing: { totalMs: 900, headersMs: 100 }, size: 3_000_000, contentType: 'application/json', contentKind: 'json',
  body: { kind: 'text', text: '[]' },
  sent: { method: 'GET', url: request.url, headers: [] },
};
const table = { columns: [], rows: [] } as unknown as Table;

const text = {} as ShownText;

function showTextFirst() {
  view = { tableSettled: false, text };
  const shown = render(<ExchangeView request={request} response={response} onSend={vi.fn()} />);
  expect(screen.getByRole('tab', { name: 'Pretty', selected: true })).toBeTruthy();
  return () => {
    view = { tableSettled: true, table, text };
    shown.rerender(<ExchangeView request={request} response={response} onSend={vi.fn()} />);
  };
}

describe('the answer view when a big list’s table arrives late', () => {
  it('opens on the Table when nobody has touched the Pretty view yet', () => {
    const tableReady = showTextFirst();
    tableReady();
    expect(screen.getByRole('tab', { name: 'Table', selected: true })).toBeTruthy();
  });

  it('opens on the Table after a click made before there was text to read (“Show anyway”, say)', () => {
    view = { tableSettled: false };
    const shown = render(<ExchangeView request={request} response={response} onSend={vi.fn()} />);
    fireEvent.pointerDown(screen.getByTestId('shown-view'));
    view = { tableSettled: false, text };
    shown.rerender(<ExchangeView request={request} response={response} onSend={vi.fn()} />);
    view = { tableSettled: true, table, text };
    shown.rerender(<ExchangeView request={request} response={response} onSend={vi.fn()} />);
    expect(screen.getByRole('tab', { name: 'Table', selected: true })).toBeTruthy();
  });

  it('stays on Pretty for someone already scrolling it', () => {
    const tableReady = showTextFirst();
    fireEvent.wheel(screen.getByTestId('shown-view'));
    tableReady();
    expect(screen.getByRole('tab', { name: 'Pretty', selected: true })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Table' })).toBeTruthy();
  });
});
