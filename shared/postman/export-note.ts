/**
 * The note an export adds where a Shoreline connection signed requests in: Postman gets a
 * `Bearer {{token}}` placeholder, never a secret or a token. An import of that file takes the note
 * away again, so a collection comes back as it went out.
 */

/** The paragraph appended to a description where auth was a connection. */
export const connectionNote =
  'Shoreline: requests here were signed in by a Shoreline connection (its client secret stays in the keychain and is never exported). Set the bearer token variable to a token, or set up OAuth 2.0 here in Postman.';

/** `description` with the connection note added as its last paragraph. */
export function withConnectionNote(description: string | undefined): string {
  return description === undefined || description === '' ? connectionNote : `${description}\n\n${connectionNote}`;
}

/** `description` without a trailing connection note, or undefined when nothing else is left. */
export function withoutConnectionNote(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  if (description === connectionNote) return undefined;
  return description.endsWith(`\n\n${connectionNote}`) ? description.slice(0, -connectionNote.length - 2) : description;
}
