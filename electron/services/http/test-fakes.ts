/** Test helper: fakes of what the executor depends on (token source, environments, history). */
import type { HistoryDraft, HistoryRecorder } from '../history/history-draft';
import type { EnvironmentLookup, ResolvedEnvironment, TokenSource } from './token-source';

/** A token source handing out `tokens` in turn: the next one after each 401, as the token manager does. */
export function fakeTokens(tokens: string[]): TokenSource & { calls: string[] } {
  let index = 0;
  const calls: string[] = [];
  return {
    calls,
    async withToken(connectionId, send) {
      calls.push(connectionId);
      const first = await send(tokens[index] ?? 'none');
      if (first.status !== 401) return first;
      index += 1;
      return send(tokens[index] ?? 'none');
    },
  };
}

/** Environments by id: `sandbox`, `real` and `readonly`, all pointing at `baseUrl` with connection `conn-1`. */
export function fakeEnvironments(baseUrl: string, extra: Record<string, ResolvedEnvironment> = {}): EnvironmentLookup {
  const base = { baseUrl, variables: { workspaceId: 'ws 1+2' }, connectionId: 'conn-1' };
  const all: Record<string, ResolvedEnvironment> = {
    sandbox: { ...base, name: 'Sandbox', readOnly: false, isSandbox: true },
    real: { ...base, name: 'DSCC EU', readOnly: false, isSandbox: false },
    readonly: { ...base, name: 'Production', readOnly: true, isSandbox: false },
    ...extra,
  };
  return { get: (id) => all[id] };
}

/** A history recorder that keeps drafts and the secrets given with them. */
export function fakeHistory(): HistoryRecorder & { drafts: HistoryDraft[]; secrets: string[][] } {
  const drafts: HistoryDraft[] = [];
  const secrets: string[][] = [];
  return {
    drafts,
    secrets,
    record(draft, used) {
      drafts.push(draft);
      secrets.push([...used]);
      return `h${drafts.length}`;
    },
  };
}
