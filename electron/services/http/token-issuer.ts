/** Reads the `iss` claim of a JWT access token, so 401 advice can tell an SSO token from a workspace one. */

/** The issuer of `token`, or undefined when it is not a readable JWT. */
export function tokenIssuer(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const iss = typeof claims === 'object' && claims !== null ? (claims as { iss?: unknown }).iss : undefined;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}
