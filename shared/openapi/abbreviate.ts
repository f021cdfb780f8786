/**
 * Long names quoted in messages (a `$ref`, a path, a file name) shortened in the middle, so a
 * 3,000-character reference reads as its start and its end rather than filling the screen.
 */

/** `text` when it is at most `max` characters; else its start and end around "… (2,880 more characters) …". */
export function abbreviate(text: string, max = 120): string {
  if (text.length <= max) return text;
  const keep = Math.max(8, Math.floor((max - 30) / 2));
  const hidden = text.length - 2 * keep;
  return `${text.slice(0, keep)}… (${hidden.toLocaleString('en-US')} more characters) …${text.slice(-keep)}`;
}
