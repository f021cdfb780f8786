/** The content under the tabs: the chosen view of the body, or the step before it can be shown. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { HttpResponse, ResponseBody } from '../../../shared/contract/http';
import { mediaTypeOf } from '../../../shared/http/content-kind';
import { EmptyBodyView, FileView, ImageView, TooLargeView } from './body/file-views';
import { HeadersView } from './body/headers-view';
import { BodyProgress, LargeBodyGate } from './body/large-body';
import { PrettyView } from './body/pretty-view';
import { RawView } from './body/raw-view';
import type { BodySourceState } from './body/use-body-source';
import type { BodyViewState } from './body/use-body-view';
import { useSaveBody } from './body/use-save-body';
import { bodyFileName } from './file-names';
import type { ResponseTab } from './response-tabs';
import { TableView } from './table/table-view';

interface BodyPanelProps {
  tab: ResponseTab;
  response: HttpResponse;
  /** The body shown: the response's, or the items a fetch-all collected. */
  body: ResponseBody;
  source: BodySourceState;
  view: BodyViewState;
  onShowAnyway: () => void;
  /** The request's URL (for file names). */
  url: string;
  /** Distinguishes this body's editor model from every other. */
  modelKey: string;
}

/** The tab content. */
export function BodyPanel({ tab, response, body, source, view, onShowAnyway, url, modelKey }: BodyPanelProps) {
  const saver = useSaveBody();
  const fileName = bodyFileName(url, response.headers, response.contentType);
  const mediaType = mediaTypeOf(response.contentType);
  if (tab === 'headers') return <HeadersView response={response} />;
  if (tab === 'body') {
    if (body.kind === 'image') return <ImageView mediaType={body.mediaType} base64={body.base64} size={body.size} />;
    if (body.kind === 'binary') return <FileView size={body.size} mediaType={mediaType} saving={saver.saving} saved={saver.message} onSave={() => saver.save(body.id, fileName, mediaType)} />;
    if (body.kind === 'too_large') return <TooLargeView size={body.size} limit={body.limit} />;
    return <EmptyBodyView status={response.status} />;
  }
  if (source.phase === 'gate' && body.kind === 'large') {
    return <LargeBodyGate size={source.size} onShow={onShowAnyway} saving={saver.saving} saved={saver.message} onSave={() => saver.save(body.id, fileName, mediaType || 'application/json')} />;
  }
  if (source.phase !== 'ready') return null;
  if (view.error) return <Box sx={{ p: 2 }}><Alert severity="error">{view.error}</Alert></Box>;
  if (view.reading) return <BodyProgress label="Reading the answer…" read={view.reading.read} size={view.reading.size} />;
  if (!view.text) return <BodyProgress label="Preparing the view…" />;
  if (tab === 'raw') {
    const size = body === response.body ? response.size : body.kind === 'large' ? body.size : body.kind === 'text' ? new Blob([body.text]).size : 0;
    return <RawView lines={view.text.raw} size={size} />;
  }
  if (tab === 'pretty') return <PrettyView view={view.text} contentType={response.contentType} modelKey={modelKey} />;
  if (!view.tableSettled) return <BodyProgress label="Preparing the table…" />;
  if (!view.table) return <PrettyView view={view.text} contentType={response.contentType} modelKey={modelKey} />;
  return <TableView key={modelKey} table={view.table} url={url} />;
}
