/**
 * Renders an OpenAPI description (CommonMark) as React elements, never as HTML: a spec is someone
 * else's file, so raw HTML in it is shown as text and links only open in the system browser.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { marked, type Token, type Tokens } from 'marked';
import { Fragment, useMemo, type ReactNode } from 'react';
import { monoFont } from './theme/tokens';

function inline(tokens: Token[] | undefined, key = '', plainLinks = false): ReactNode {
  return (tokens ?? []).map((token, index) => {
    const k = `${key}${index}`;
    switch (token.type) {
      case 'strong':
        return <strong key={k}>{inline((token as Tokens.Strong).tokens, k, plainLinks)}</strong>;
      case 'em':
        return <em key={k}>{inline((token as Tokens.Em).tokens, k, plainLinks)}</em>;
      case 'codespan':
        return (
          <Box key={k} component="code" sx={{ fontFamily: monoFont, fontSize: '0.92em', px: 0.5, borderRadius: 0.5, bgcolor: 'action.hover' }}>
            {decode((token as Tokens.Codespan).text)}
          </Box>
        );
      case 'link': {
        const link = token as Tokens.Link;
        const safe = !plainLinks && /^https?:\/\//i.test(link.href);
        return safe ? (
          <Link key={k} href={link.href} target="_blank" rel="noreferrer noopener">
            {inline(link.tokens, k)}
          </Link>
        ) : (
          <Fragment key={k}>{inline(link.tokens, k, plainLinks)}</Fragment>
        );
      }
      case 'br':
        return <br key={k} />;
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? <Fragment key={k}>{inline(text.tokens, k, plainLinks)}</Fragment> : <Fragment key={k}>{decode(text.text)}</Fragment>;
      }
      default:
        return <Fragment key={k}>{decode('text' in token ? String(token.text) : token.raw)}</Fragment>;
    }
  });
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function block(token: Token, key: string): ReactNode {
  switch (token.type) {
    case 'heading':
      return (
        <Typography key={key} variant="subtitle2" sx={{ mt: 1.5, mb: 0.5 }}>
          {inline((token as Tokens.Heading).tokens, key)}
        </Typography>
      );
    case 'paragraph':
      return (
        <Typography key={key} variant="body2" sx={{ mb: 1 }}>
          {inline((token as Tokens.Paragraph).tokens, key)}
        </Typography>
      );
    case 'list': {
      const list = token as Tokens.List;
      return (
        <Box key={key} component={list.ordered ? 'ol' : 'ul'} sx={{ pl: 2.5, my: 0.5, '& li': { typography: 'body2', mb: 0.25 } }}>
          {list.items.map((item, i) => (
            <li key={i}>{item.tokens.map((t, j) => (t.type === 'text' ? inline((t as Tokens.Text).tokens ?? [t], `${key}-${i}-${j}`) : block(t, `${key}-${i}-${j}`)))}</li>
          ))}
        </Box>
      );
    }
    case 'code':
      return (
        <Box key={key} component="pre" sx={{ fontFamily: monoFont, fontSize: 12, p: 1, my: 1, borderRadius: 1, bgcolor: 'action.hover', overflowX: 'auto' }}>
          {(token as Tokens.Code).text}
        </Box>
      );
    case 'blockquote':
      return (
        <Box key={key} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, my: 1, color: 'text.secondary' }}>
          {(token as Tokens.Blockquote).tokens.map((t, i) => block(t, `${key}-${i}`))}
        </Box>
      );
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <Box key={key} component="table" sx={{ borderCollapse: 'collapse', my: 1, typography: 'body2', '& td, & th': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left' } }}>
          <thead>
            <tr>{table.header.map((cell, i) => <th key={i}>{inline(cell.tokens, `${key}h${i}`)}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, c) => <td key={c}>{inline(cell.tokens, `${key}r${r}c${c}`)}</td>)}</tr>
            ))}
          </tbody>
        </Box>
      );
    }
    case 'space':
    case 'hr':
      return null;
    default:
      return (
        <Typography key={key} variant="body2" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>
          {token.raw}
        </Typography>
      );
  }
}

/** The inline content of any block, for one running line: paragraphs and list items joined by spaces. */
function flatten(tokens: Token[], key: string): ReactNode[] {
  return tokens.flatMap((token, index): ReactNode[] => {
    const k = `${key}${index}`;
    if (token.type === 'list') return (token as Tokens.List).items.flatMap((item, i) => [i > 0 ? ' · ' : '', ...flatten(item.tokens, `${k}-${i}-`)]);
    if (token.type === 'code') return [<Box key={k} component="code" sx={{ fontFamily: monoFont, fontSize: '0.92em' }}>{(token as Tokens.Code).text}</Box>, ' '];
    if (token.type === 'space' || token.type === 'hr') return [' '];
    if ('tokens' in token && Array.isArray(token.tokens) && token.type !== 'table') return [<Fragment key={k}>{inline(token.tokens as Token[], k, true)}</Fragment>, ' '];
    return [decode('text' in token ? String(token.text) : token.raw), ' '];
  });
}

/**
 * Markdown inside one line of text (a parameter's clamped description): `code`, bold and emphasis
 * formatted, links shown as their words (nothing in it takes focus), blocks run together.
 */
export function InlineMarkdown({ text }: { text: string }) {
  const tokens = useMemo(() => marked.lexer(text), [text]);
  return <>{flatten(tokens, 'i')}</>;
}

/** The words of a markdown text without its marks, for a tooltip: "`id asc`" reads "id asc". */
export function markdownWords(text: string): string {
  // Inline pieces run together; blocks (paragraphs, list items) are separated by a space.
  const words = (tokens: Token[], separator: string): string =>
    tokens
      .map((t) => {
        if (t.type === 'list') return (t as Tokens.List).items.map((item) => words(item.tokens, ' ')).join(' · ');
        if ('tokens' in t && Array.isArray(t.tokens)) return words(t.tokens as Token[], '');
        return decode('text' in t ? String(t.text) : t.raw);
      })
      .join(separator);
  return words(marked.lexer(text), ' ').replace(/\s+/g, ' ').trim();
}

/** Shows `text` as formatted, safe markdown. */
export function Markdown({ text }: { text: string }) {
  const tokens = useMemo(() => marked.lexer(text), [text]);
  return <Box sx={{ '& > :last-child': { mb: 0 } }}>{tokens.map((token, index) => block(token, String(index)))}</Box>;
}
