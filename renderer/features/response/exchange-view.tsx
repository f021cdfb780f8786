/**
 * One answer on screen: status line, advice, tabs and the pagination bar. Keyed by request id, so
 * every new answer starts fresh (its own tab, no leftover fetch-all).
 */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect, useRef, useState } from 'react';
import type { FetchAllResult, HttpResponse, SendRequest } from '../../../shared/contract/http';
import type { PageStep } from '../../../shared/http/pagination';
import { useAnnounce } from '../../components/announcer';
import { AdviceAlert } from './advice-alert';
import { answerWords } from './answer-words';
import { BodyPanel } from './body-panel';
import { bodyBytes } from './body-size';
import { useBodySource } from './body/use-body-source';
import { useBodyView } from './body/use-body-view';
import { FetchAllDialog } from './fetch-all/fetch-all-dialog';
import { FetchAllNote } from './fetch-all/fetch-all-note';
import { resultWords } from './fetch-all/fetch-all-words';
import { itemsSummary } from '../../components/format/quantities';
import { newRequestId, pageRequest } from './page-request';
import { PaginationBar } from './pagination-bar';
import { chosenTab, responseTabs, tabLabel, type ResponseTab } from './response-tabs';
import { StatusLine } from './status-line';
import { keptBodyId, useReleaseReplaced } from './use-release-body';

interface ExchangeViewProps {
  request: SendRequest;
  response: HttpResponse;
  /** The tab to open with (kept across Previous/Next). */
  initialTab?: ResponseTab;
  /** Sends another page (or a retry); `tab` is the tab to keep open. */
  onSend: (request: SendRequest, tab?: ResponseTab) => void;
}

/** The response with its tabs. */
export function ExchangeView({ request, response, initialTab, onSend }: ExchangeViewProps) {
  const [picked, setPicked] = useState<ResponseTab | undefined>(initialTab);
  const [fetchOpen, setFetchOpen] = useState(false);
  const [fetched, setFetched] = useState<{ result: FetchAllResult; cap: number }>();
  const body = fetched?.result.body ?? response.body;
  const kind = fetched || response.contentKind === 'json' ? 'json' : 'text';
  const { state: source, showAnyway } = useBodySource(body);
  const view = useBodyView(source.phase === 'ready' ? source.source : undefined, kind);
  useReleaseReplaced(keptBodyId(fetched?.result.body));

  const pagination = response.pagination;
  const listExpected = fetched !== undefined || (pagination !== undefined && response.status < 300);
  const hasList = view.table !== undefined || (!view.tableSettled && listExpected);
  const tabs = responseTabs(body, hasList);
  const tab = chosenTab(tabs, picked);
  const items = fetched
    ? itemsSummary(fetched.result.fetched, fetched.result.total)
    : pagination
      ? itemsSummary(pagination.itemCount, pagination.total)
      : view.table
        ? itemsSummary(view.table.rows.length, undefined)
        : undefined;

  // Screen readers hear the outcome once the item count is known: "200 OK, 12 items, 9 ms".
  const announce = useAnnounce();
  const announced = useRef<string>(undefined);
  const itemsKnown =
    fetched !== undefined || pagination !== undefined || source.phase !== 'ready' || view.tableSettled || view.error !== undefined;
  const words = fetched
    ? resultWords(fetched.result, fetched.cap).text
    : itemsKnown
      ? answerWords({ status: response.status, statusText: response.statusText, totalMs: response.timing.totalMs, items })
      : undefined;
  useEffect(() => {
    if (words === undefined || announced.current === words) return;
    announced.current = words;
    announce(words);
  }, [words, announce]);

  // Only once there is text to read: a click on "Show anyway" or while it loads is not reading.
  const keepShownTab = () => {
    if (picked === undefined && view.text !== undefined) setPicked(tab);
  };
  const step = (pageStep: PageStep) => onSend(pageRequest(request, pageStep, response.sent.url), tab);
  const retry = () => onSend({ ...request, requestId: newRequestId() }, tab);

  return (
    <Box data-testid="response-view" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <StatusLine response={response} items={items} combined={fetched && { size: bodyBytes(fetched.result.body), pages: fetched.result.pages }} />
      {response.advice && <AdviceAlert advice={response.advice} status={response.status} onShowRaw={() => setPicked('raw')} onRetry={retry} />}
      {fetched && <FetchAllNote result={fetched.result} cap={fetched.cap} onBack={() => setFetched(undefined)} />}
      <Tabs
        value={tab}
        onChange={(_event, value: ResponseTab) => setPicked(value)}
        aria-label="Answer views"
        sx={{ px: 1, borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        {tabs.map((t) => (
          <Tab key={t} value={t} label={tabLabel(t, body)} id={`response-tab-${t}`} aria-controls="response-tabpanel" />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="response-tabpanel"
        aria-labelledby={`response-tab-${tab}`}
        sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
        // Someone scrolling, clicking or using keys in the view is reading it: a Table that becomes ready
        // later (a big list's rows come from a worker) must not take the view from under them.
        onWheelCapture={keepShownTab}
        onPointerDownCapture={keepShownTab}
        onKeyDownCapture={keepShownTab}
      >
        <BodyPanel
          tab={tab}
          response={response}
          body={body}
          source={source}
          view={view}
          onShowAnyway={showAnyway}
          url={request.url}
          modelKey={fetched ? `${fetched.result.requestId}-all` : response.requestId}
        />
      </Box>
      {pagination && !fetched && (
        <PaginationBar info={pagination} canFetchAll={request.method === 'GET'} onStep={step} onFetchAll={() => setFetchOpen(true)} />
      )}
      {pagination && fetchOpen && (
        <FetchAllDialog
          open
          request={request}
          info={pagination}
          onClose={() => setFetchOpen(false)}
          onDone={(result, cap) => {
            setFetchOpen(false);
            setFetched({ result, cap });
            setPicked('table');
          }}
        />
      )}
    </Box>
  );
}
