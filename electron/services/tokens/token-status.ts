/** What the renderer may know about a token: its times and decoded parts, never the token itself. */
import type { IssuedToken } from '../../../shared/auth/token-response';
import type { TokenStatus } from '../../../shared/contract/connections';

/** The status of `token` at `now` (epoch ms); `{ state: 'none' }` when there is no token. */
export function tokenStatusOf(token: IssuedToken | undefined, now: number): TokenStatus {
  if (!token) return { state: 'none' };
  const expired = token.expiresAt !== undefined && now >= token.expiresAt;
  return {
    state: expired ? 'expired' : 'valid',
    obtainedAt: token.obtainedAt,
    ...(token.expiresAt !== undefined && { expiresAt: token.expiresAt }),
    ...(token.jwt && { header: token.jwt.header, claims: token.jwt.claims }),
  };
}
