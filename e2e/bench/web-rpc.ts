/** Calls the web host's commands from Node, as the page would (`POST /rpc/<command>` with the launch token). */
import type { Result } from '../../shared/errors';
import type { WebHostProcess } from '../fixtures/launch-web-host';

/** Runs command `name` on the web host and returns its value, or throws with the host's message. */
export async function webRpc<T>(web: Pick<WebHostProcess, 'origin' | 'token'>, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${web.origin}/rpc/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(60_000),
  });
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}
