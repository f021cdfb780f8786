/** The `limit` and `offset` parameters, read strictly: whole numbers within the endpoint's bounds. */
import { QueryError } from './query-error';

/** The bounds and default of one endpoint's `limit`. */
export interface LimitRule {
  default: number;
  min: number;
  max: number;
}

const wholeNumber = /^\d{1,9}$/;

/** The page size asked for, or the default; throws for `-1`, `abc`, `1.5` or anything out of bounds. */
export function parseLimit(raw: string | undefined, rule: LimitRule): number {
  if (raw === undefined) return rule.default;
  const value = wholeNumber.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(value)) {
    throw new QueryError('limit', `Invalid limit value '${raw}' provided. limit must be a whole number from ${rule.min} to ${rule.max}.`);
  }
  if (value > rule.max) throw new QueryError('limit', `Invalid limit value '${raw}' provided. Maximum allowed limit is ${rule.max}.`);
  if (value < rule.min) throw new QueryError('limit', `Invalid limit value '${raw}' provided. Minimum allowed limit is ${rule.min}.`);
  return value;
}

/** The zero-based offset asked for, or 0; throws for anything but a whole number. */
export function parseOffset(raw: string | undefined): number {
  if (raw === undefined) return 0;
  if (!wholeNumber.test(raw)) {
    throw new QueryError('offset', `Invalid offset value '${raw}' provided. offset must be a whole number of 0 or more.`);
  }
  return Number(raw);
}
