/**
 * Pretty-prints JSON text by re-indenting it, without parsing into numbers: a 64-bit id such as
 * 9007199254740993 keeps every digit (JSON.parse + stringify would silently change it), and the
 * keys keep the order and spelling the server sent. Call it only on text that is valid JSON.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index just past the string that opens at `start` (a `"`). */
function endOfString(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    for (let i = quote - 1; i > start && text.charCodeAt(i) === BACKSLASH; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** Valid JSON text indented by `indent` spaces; empty objects and arrays stay `{}` and `[]`. */
export function formatJsonText(text: string, indent = 2): string {
  const pads: string[] = [];
  const pad = (depth: number) => (pads[depth] ??= `\n${' '.repeat(depth * indent)}`);
  let out = '';
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 0x20:
      case 0x0a:
      case 0x0d:
      case 0x09:
        i += 1;
        break;
      case QUOTE: {
        const end = endOfString(text, i);
        out += text.slice(i, end);
        i = end;
        break;
      }
      case 0x7b: // {
      case 0x5b: { // [
        const close = code === 0x7b ? 0x7d : 0x5d;
        i += 1;
        while (i < n && isSpace(text.charCodeAt(i))) i += 1;
        if (text.charCodeAt(i) === close) {
          out += code === 0x7b ? '{}' : '[]';
          i += 1;
        } else {
          depth += 1;
          out += (code === 0x7b ? '{' : '[') + pad(depth);
        }
        break;
      }
      case 0x7d: // }
      case 0x5d: // ]
        depth = depth > 0 ? depth - 1 : 0;
        out += pad(depth) + (code === 0x7d ? '}' : ']');
        i += 1;
        break;
      case 0x2c: // ,
        out += `,${pad(depth)}`;
        i += 1;
        break;
      case 0x3a: // :
        out += ': ';
        i += 1;
        break;
      default: {
        const start = i;
        i += 1;
        for (; i < n; i += 1) {
          const c = text.charCodeAt(i);
          if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x3a || isSpace(c)) break;
        }
        out += text.slice(start, i);
      }
    }
  }
  return out;
}
