/**
 * URLs as a person reads them. Shoreline keeps a request's URL percent-encoded where it must be — on
 * the wire, where main encodes every query value the same way (`normalizeUrlQuery`) — and shows it
 * decoded everywhere a person reads it: the URL bar, the history, "Copy as", safe mode's question.
 * `sort=id%20asc%2Cname%20desc` reads `sort=id asc,name desc`, whichever way the spec serialised it.
 *
 * Escapes whose decoding would change what the URL means stay as they are: in the path `%2F` `%3F`
 * `%23` `%25`, in the query `%26` `%3D` `%23` `%25`; and control characters (`%0A`) are never decoded.
 */
import { splitUrl } from './query';

const keptInPath = new Set(['2F', '3F', '23', '25']);
const keptInQuery = new Set(['26', '3D', '23', '25']);

/** Decodes the escapes of `text`, leaving those in `kept`, control characters and invalid sequences as written. */
function decodePart(text: string, kept: ReadonlySet<string>): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    run
      .split(/(%[0-9A-Fa-f]{2})/)
      .filter(Boolean)
      .reduce<{ out: string; pending: string }>(
        (acc, piece, index, pieces) => {
          const hex = piece.slice(1).toUpperCase();
          const keep = kept.has(hex) || parseInt(hex, 16) < 0x20 || hex === '7F';
          if (!keep) acc.pending += piece;
          if (keep || index === pieces.length - 1) {
            acc.out += decodeRun(acc.pending);
            acc.pending = '';
            if (keep) acc.out += piece;
          }
          return acc;
        },
        { out: '', pending: '' },
      ).out,
  );
}

/** Decodes one run of escapes; byte by byte where the run is not valid UTF-8 as a whole. */
function decodeRun(run: string): string {
  if (run === '') return '';
  try {
    return decodeURIComponent(run);
  } catch {
    // Decode the longest valid prefixes; a broken sequence (`%E0%A4%A`) stays as written.
    let out = '';
    let rest = run;
    while (rest !== '') {
      let taken = false;
      for (let end = Math.min(rest.length, 12); end >= 3; end -= 3) {
        try {
          out += decodeURIComponent(rest.slice(0, end));
          rest = rest.slice(end);
          taken = true;
          break;
        } catch {
          // shorter
        }
      }
      if (!taken) {
        out += rest.slice(0, 3);
        rest = rest.slice(3);
      }
    }
    return out;
  }
}

/** `url` with its percent-escapes decoded for reading (see the module comment for what stays encoded). */
export function displayUrl(url: string): string {
  const { base, query, hash } = splitUrl(url);
  const shownBase = decodePart(base, keptInPath);
  if (query === '') return `${shownBase}${hash}`;
  const shownQuery = query
    .split('&')
    .map((pair) => pair.split('=').map((piece) => decodePart(piece, keptInQuery)).join('='))
    .join('&');
  return `${shownBase}?${shownQuery}${hash}`;
}
