/** Removes parts of a script's text and tidies what is left, so the kept text reads as the user wrote it. */

/**
 * `text` without the source ranges `cuts`. A cut that leaves its line blank takes the whole line
 * with it (indent and line break), so no empty lines pile up where statements were.
 */
export function cutRanges(text: string, cuts: readonly (readonly [number, number])[]): string {
  const sorted = [...cuts].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [rawStart, rawEnd] of sorted) {
    let start = Math.max(rawStart, at);
    let end = Math.max(rawEnd, start);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(Math.max(lineStart, at), start);
    const afterMatch = /^[ \t;]*(\r?\n|$)/.exec(text.slice(end));
    if (/^[ \t]*$/.test(before) && afterMatch && lineStart >= at) {
      start = lineStart;
      end += afterMatch[0].length;
    } else if (afterMatch) {
      end += afterMatch[0].length - (afterMatch[1]?.length ?? 0);
    }
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** The script without blank lines before its first line and without trailing white space. */
export function tidyScript(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
