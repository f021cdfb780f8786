/** Which tabs a response offers and which one opens first. */
import type { ResponseBody } from '../../../shared/contract/http';

/** A tab of the response panel. */
export type ResponseTab = 'table' | 'pretty' | 'raw' | 'body' | 'headers';

/** The tabs for a body: Table when it holds a list, Pretty and Raw for text, one body tab otherwise. */
export function responseTabs(body: ResponseBody, hasList: boolean): ResponseTab[] {
  if (body.kind === 'text' || body.kind === 'large') return hasList ? ['table', 'pretty', 'raw', 'headers'] : ['pretty', 'raw', 'headers'];
  return ['body', 'headers'];
}

/** The tab shown: the user's pick when this response has it, else the first (Table for lists). */
export function chosenTab(tabs: readonly ResponseTab[], picked: ResponseTab | undefined): ResponseTab {
  return picked !== undefined && tabs.includes(picked) ? picked : (tabs[0] ?? 'headers');
}

/** The label of a tab; the body tab is named after what it holds. */
export function tabLabel(tab: ResponseTab, body: ResponseBody): string {
  switch (tab) {
    case 'table':
      return 'Table';
    case 'pretty':
      return 'Pretty';
    case 'raw':
      return 'Raw';
    case 'headers':
      return 'Headers';
    default:
      return body.kind === 'image' ? 'Preview' : body.kind === 'binary' ? 'File' : 'Body';
  }
}
