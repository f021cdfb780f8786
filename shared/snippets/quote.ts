/**
 * Quoting for each snippet language. Every value that lands in a snippet goes through one of these,
 * so a quote, a space or a `$` in a header value can never break out of its string.
 */

/** A bash word in single quotes: nothing inside expands; a `'` becomes `'\''`. */
export function bashQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A PowerShell verbatim string: single quotes, with every single-quote character (including ‘ ’ ‚ ‛, which PowerShell also accepts) doubled. */
export function powershellQuote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** A Python string literal in single quotes, escaped as `repr()` would. */
export function pythonQuote(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return `${out}'`;
}
