/**
 * How long an operation's path, key and reference may be, declared once so that every command
 * that carries one (opening the operation, its draft, sending it, its history) accepts what the
 * importer let in: a spec path of about 4,000 characters once imported but could not be opened.
 */

/** The longest operation path Shoreline imports (HTTP servers commonly refuse URLs past 8 KB). */
export const maxPathLength = 8192;

/** The longest operation key, `METHOD path` (`OPTIONS` is the longest method). */
export const maxOperationKeyLength = 'OPTIONS '.length + maxPathLength;

/** The longest spec id (see the contract's spec id pattern). */
export const maxSpecIdLength = 64;

/** The longest reference to an operation of a spec, `<specId>:<METHOD path>` (drafts, sends, history). */
export const maxOperationRefLength = maxSpecIdLength + 1 + maxOperationKeyLength;

/** The largest spec text Shoreline imports: 100 MB. The window checks it before reading a file, main again before parsing. */
export const maxSpecBytes = 100 * 1024 * 1024;
