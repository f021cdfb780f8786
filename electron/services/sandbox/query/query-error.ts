/** The one error the query helpers throw: names the parameter at fault so the API can answer 400. */

/** A problem with one query parameter (`filter`, `sort`, `limit`, …), optionally at a column of it. */
export class QueryError extends Error {
  constructor(
    /** The query parameter the problem is in. */
    readonly subject: string,
    message: string,
    /** 1-based column inside the parameter's value, where the problem was found. */
    readonly column?: number,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
