/** The Sandbox's RS256 key pair, made fresh at each start, and its public half as a JWKS. */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A key pair and the id tokens name it by. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A JSON Web Key Set with the one public key. */
export interface Jwks {
  keys: Record<string, unknown>[];
}

/** Generates a 2048-bit RSA key; `kid` is a thumbprint-like hash of the public key. */
export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const kid = createHash('sha256').update(der).digest('base64url').slice(0, 27);
  return { kid, privateKey, publicKey };
}

/** The key set served at `/.well-known/jwks.json`. */
export function toJwks(key: SigningKey): Jwks {
  const jwk = key.publicKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: key.kid, use: 'sig', alg: 'RS256' }] };
}
