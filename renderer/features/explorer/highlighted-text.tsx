/** Text with search matches marked. */
import Box from '@mui/material/Box';
import type { Highlight, SearchField } from '../../../shared/openapi/search';
import { themeColours } from '../../components/theme/colours';

/** Renders `text`, marking the `highlights` of `field`. */
export function HighlightedText({ text, field, highlights }: { text: string; field: SearchField; highlights: readonly Highlight[] }) {
  const ranges = highlights.filter((h) => h.field === field).sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(text.slice(at, range.start));
    parts.push(
      <Box key={range.start} component="mark" sx={(theme) => ({ bgcolor: themeColours(theme).highlight.background, color: themeColours(theme).highlight.text, borderRadius: 0.5, px: 0.1 })}>
        {text.slice(range.start, range.end)}
      </Box>,
    );
    at = range.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
