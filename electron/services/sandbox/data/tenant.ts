/** The one make-believe GreenLake workspace the Sandbox serves: its ids, users and regions. */
import { prngFor } from './prng';

const rng = prngFor('tenant');

/** A workspace id, written both ways GreenLake writes it: 32 hex digits (v1) and as a UUID (v2). */
function workspaceIds(hex: string): { hex: string; uuid: string } {
  return { hex, uuid: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

/** The Sandbox's workspace and the people in it. */
export const sandboxTenant = {
  /** `platform_customer_id` and DSCC `customerId`. */
  customerId: rng.hex(32),
  /** The token's `user_ctx`. */
  userContext: rng.hex(32),
  applicationInstanceId: rng.uuid(),
  workspace: { ...workspaceIds(`${rng.hex(12)}11ee${rng.hex(16)}`), name: 'Shoreline Sandbox Workspace' },
  users: ['ada.admin@example.com', 'oscar.operator@example.com', 'olga.observer@example.com', 'sam.storage@example.com', 'cora.compute@example.com'],
  /** Where the sandbox's "users" connect from (documentation ranges, RFC 5737). */
  ipAddresses: ['192.0.2.10', '192.0.2.24', '198.51.100.7', '203.0.113.42', '203.0.113.99'],
} as const;

/** A fixed instant the non-audit data is dated from, so it does not move between runs. */
export const dataEpochMs = Date.UTC(2024, 0, 15, 8, 0, 0);
