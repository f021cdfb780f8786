/**
 * Masks the tokens Shoreline sent wherever they come back in a response body (an echo endpoint, a
 * debug page), byte for byte and across chunk boundaries. Masking keeps the length, so sizes and
 * chunk offsets stay true.
 */

/** A streaming masker: feed chunks with `push`, then `flush` the held-back tail. */
export interface SecretMasker {
  push(chunk: Uint8Array): Buffer;
  flush(): Buffer;
}

const star = 0x2a;

/** Creates a masker replacing every byte of each secret (4+ characters) with `*`. */
export function createSecretMasker(secrets: readonly string[]): SecretMasker {
  const patterns = [...new Set(secrets)].filter((s) => s.length >= 4).map((s) => Buffer.from(s, 'utf8'));
  const hold = patterns.reduce((max, p) => Math.max(max, p.length - 1), 0);
  let carry = Buffer.alloc(0);
  const mask = (data: Buffer) => {
    for (const pattern of patterns) {
      let at = data.indexOf(pattern);
      while (at >= 0) {
        data.fill(star, at, at + pattern.length);
        at = data.indexOf(pattern, at + pattern.length);
      }
    }
  };
  return {
    push(chunk) {
      if (patterns.length === 0) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const data = Buffer.concat([carry, chunk]);
      mask(data);
      const cut = Math.max(0, data.length - hold);
      carry = Buffer.from(data.subarray(cut));
      return data.subarray(0, cut);
    },
    flush() {
      const rest = carry;
      carry = Buffer.alloc(0);
      return rest;
    },
  };
}

/** Masks known secrets in a string (same rule as the streaming masker). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join('*'.repeat(secret.length));
  }
  return out;
}
