/**
 * Wires the connections service and the token manager together: the token manager looks connections
 * up, and the connections service tells it to forget tokens. Hosts and tests call this one factory.
 */
import type { ConnectionsEmit } from '../../../shared/contract/connections';
import type { SecretVault } from '../keychain/secret-vault';
import type { DocumentStore } from '../store/document-store';
import { createTokenManager, type TokenManager } from '../tokens/token-manager';
import { createConnectionsService, type ConnectionsService } from './connections-service';

/** Dependencies of {@link createConnectionsDomain}. */
export interface ConnectionsDomainDependencies {
  stores: DocumentStore;
  vault: SecretVault;
  env?: Readonly<Record<string, string | undefined>>;
  emit?: ConnectionsEmit;
  /** The fetch used for token requests (pass a proxy-aware one where HTTPS_PROXY applies). */
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onDeleted?: (connectionId: string) => void;
}

/** The connections service and its token manager. */
export interface ConnectionsDomain {
  connections: ConnectionsService;
  tokens: TokenManager;
}

/** Creates both halves of the connections domain over the same store and vault. */
export function createConnectionsDomain(deps: ConnectionsDomainDependencies): ConnectionsDomain {
  const tokens = createTokenManager({
    vault: deps.vault,
    lookup: (id) => connections.find(id),
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.now && { now: deps.now }),
    ...(deps.sleep && { sleep: deps.sleep }),
    ...(deps.emit && { emit: deps.emit }),
  });
  const connections = createConnectionsService({ ...deps, tokens });
  return { connections, tokens };
}
