/** Turns a JSON pointer into words (`GET /servers › parameters › 0`) and the operation it falls in. */
import { parsePointer } from './json-pointer';
import { httpMethods, type FindingSeverity, type HttpMethod, type SpecFinding } from './types';

/** The stable key of an operation: upper-case method, a space, the path as declared. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function asMethod(token: string | undefined): HttpMethod | undefined {
  const upper = token?.toUpperCase();
  return httpMethods.find((m) => m === upper);
}

/** Where a pointer lands: readable words, and the operation key when it is inside an operation. */
export function locate(path: string): { location: string; operation?: string } {
  const tokens = parsePointer(path);
  if (!tokens || tokens.length === 0) return { location: 'the whole document' };
  if (tokens[0] === 'paths' && tokens[1] !== undefined) {
    const method = asMethod(tokens[2]);
    if (method) {
      const operation = operationKey(method, tokens[1]);
      return { location: [operation, ...tokens.slice(3)].join(' › '), operation };
    }
    return { location: [tokens[1], ...tokens.slice(2)].join(' › ') };
  }
  return { location: tokens.join(' › ') };
}

/** Builds a finding at `path`, filling in its readable location and operation. */
export function finding(severity: FindingSeverity, source: SpecFinding['source'], message: string, path: string): SpecFinding {
  const { location, operation } = locate(path);
  return operation ? { severity, source, message, path, location, operation } : { severity, source, message, path, location };
}
