/** Text with search matches marked (a plain `<mark>`: the explorer's tree styles it, once for all rows). */
import type { Highlight, SearchField } from '../../../shared/openapi/search';

/** Renders `text`, marking the `highlights` of `field`. */
export function HighlightedText({ text, field, highlights }: { text: string; field: SearchField; highlights: readonly Highlight[] }) {
  const ranges = highlights.filter((h) => h.field === field).sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(text.slice(at, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
