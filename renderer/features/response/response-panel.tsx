/**
 * The answer area under the request builder: empty before the first Send, a waiting state with a
 * timer and Cancel, an error in words, or the answer with its status, advice, tabs and pages.
 */
import SendOutlined from '@mui/icons-material/SendOutlined';
import Box from '@mui/material/Box';
import { useCallback, useEffect, useState } from 'react';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { AppError } from '../../../shared/errors';
import { useAnnounce } from '../../components/announcer';
import { EmptyState } from '../../components/empty-state';
import { failureWords } from './answer-words';
import { regionProps } from '../../components/regions';
import { ExchangeView } from './exchange-view';
import { PendingView } from './pending-view';
import { errorTitle, RequestError } from './request-error';
import type { ResponseTab } from './response-tabs';
import { keptBodyId, useReleaseReplaced } from './use-release-body';

/** The props of {@link ResponsePanel}. */
export interface ResponsePanelProps {
  /** The last request sent and its answer; absent before the first Send. */
  exchange?: { request: SendRequest; response: HttpResponse };
  /** True while a request is out. */
  pending: boolean;
  /** The last send failed without an answer (unreachable, timeout, cancelled …). */
  error?: AppError;
  /** Sends a request built here: the previous or next page, or a retry after a 429. */
  onSend(request: SendRequest): void;
  /** Cancels the request that is out. */
  onCancel(): void;
}

/** The response panel. Give it a container with a bounded height: its views scroll inside it. */
export function ResponsePanel({ exchange, pending, error, onSend, onCancel }: ResponsePanelProps) {
  // The tab to keep when the next answer is a page of the same list.
  const [carry, setCarry] = useState<{ requestId: string; tab: ResponseTab }>();
  useReleaseReplaced(keptBodyId(exchange?.response.body));
  const announce = useAnnounce();
  useEffect(() => {
    if (error && !pending) announce(failureWords(error, errorTitle(error.code)));
  }, [error, pending, announce]);
  const send = useCallback(
    (request: SendRequest, tab?: ResponseTab) => {
      setCarry(tab ? { requestId: request.requestId, tab } : undefined);
      onSend(request);
    },
    [onSend],
  );

  let content;
  if (pending) content = <PendingView onCancel={onCancel} />;
  else if (error) content = <RequestError error={error} />;
  else if (!exchange) {
    content = (
      <EmptyState icon={<SendOutlined />} title="Press Send to see the answer here" testId="response-empty">
        The status, the time it took and the answer itself appear here. Lists open as a table you can sort and
        export to a spreadsheet.
      </EmptyState>
    );
  } else {
    const { request, response } = exchange;
    content = (
      <ExchangeView
        key={response.requestId}
        request={request}
        response={response}
        initialTab={carry?.requestId === response.requestId ? carry.tab : undefined}
        onSend={send}
      />
    );
  }
  return (
    <Box data-testid="response-panel" aria-label="Answer" component="section" {...regionProps('answer')} sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, bgcolor: 'background.paper' }}>
      {content}
    </Box>
  );
}
