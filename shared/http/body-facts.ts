/**
 * Reads the facts an error body carries — the server's own sentence and, for DSCC and GreenLake, the
 * name of the permission a request lacked — whatever the body's exact shape.
 */
import { isRecord } from './items';

const messageKeys = ['message', 'error_description', 'errorMessage', 'detail', 'description', 'title', 'error'];
const permissionKeys = ['permission', 'requiredPermission', 'missingPermission', 'permissionName', 'requiredPermissions', 'missingPermissions', 'permissions'];
const permissionInText = /permissions?\b[^A-Za-z0-9]{0,4}(?:[a-z]+\s){0,3}?["'“‘]?([a-z][\w-]*(?:\.[\w-]+){1,})/i;

function walk(value: unknown, depth: number, visit: (record: Record<string, unknown>) => string | undefined): string | undefined {
  if (depth > 5) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) {
      const found = walk(item, depth + 1, visit);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const here = visit(value);
  if (here) return here;
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) {
      const found = walk(inner, depth + 1, visit);
      if (found) return found;
    }
  }
  return undefined;
}

/** The server's human-readable sentence (`message`, `error_description`, `error` …), trimmed to 500 characters. */
export function serverMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const text = body.trim();
    return text !== '' && !text.startsWith('<') ? text.slice(0, 500) : undefined;
  }
  return walk(body, 0, (record) => {
    for (const key of messageKeys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 500);
    }
    return undefined;
  });
}

/** The permission the API says was missing (`"permission": "data-services.volume.read"`), from a field or from its message. */
export function findPermission(body: unknown): string | undefined {
  const fromField = walk(body, 0, (record) => {
    for (const key of permissionKeys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      if (Array.isArray(value)) {
        const names = value.filter((v): v is string => typeof v === 'string' && v !== '');
        if (names.length > 0) return names.join(', ');
      }
    }
    return undefined;
  });
  if (fromField) return fromField;
  const message = serverMessage(body);
  return message ? permissionInText.exec(message)?.[1] : undefined;
}
