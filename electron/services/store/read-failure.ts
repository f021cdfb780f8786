/** File-system failures in the user's words: why a file could not be read or written. */

/** The error code of a Node file-system error (`EACCES`), if it has one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operating system refused access',
  EBUSY: 'another program has it locked',
  EIO: 'the disk reported a read or write error',
  EISDIR: 'it is a folder, not a file',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'the file name is too long',
};

/** Why an operation failed, in a few words ("permission denied"). */
export function reasonOf(error: unknown): string {
  const code = errnoOf(error);
  if (code && reasons[code]) return reasons[code];
  return code ? `system error ${code}` : 'an unexpected error';
}
