/** Reads a response body as text, but never more than a limit: a misconfigured URL may serve megabytes. */

/** The body of `response` as UTF-8 text, cut after `maxBytes` (the rest is not downloaded). */
export async function readLimitedText(response: Response, maxBytes = 1_000_000): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return `${text}\n… (answer cut after ${maxBytes} bytes)`;
    }
  }
  return text + decoder.decode();
}
