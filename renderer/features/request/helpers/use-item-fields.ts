/** The field names of an operation's answer items, for the sort and filter helpers' pickers. */
import { useMemo } from 'react';
import { selectFields, type FieldSeparator } from '../../../../shared/openapi/select-fields';
import { successItemSchema } from '../../../../shared/openapi/schema-shape';
import type { OperationDetail } from '../../../../shared/openapi/types';

/** A field to pick, with its type. */
export interface ItemField {
  path: string;
  type?: string;
  format?: string;
}

/** Leaf fields (nested ones joined with `separator`), with date-time fields marked. */
export function useItemFields(operation: OperationDetail, separator: FieldSeparator): ItemField[] {
  return useMemo(() => {
    const item = successItemSchema(operation);
    if (!item) return [];
    return selectFields(item.schema, separator, { maxDepth: 2 })
      .filter((f) => !f.hasChildren)
      .map((f) => ({ path: f.path, ...(f.type && { type: f.type }), ...(/(At|Time|Date|date|time)$/.test(f.path) && f.type === 'string' ? { format: 'date-time' } : {}) }));
  }, [operation, separator]);
}
