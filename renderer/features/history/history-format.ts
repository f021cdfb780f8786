/** How a history line reads: when ("3 min ago"), where (the path), and which host. */
import { displayUrl } from '../../../shared/http/display-url';
import { originOf, hostOf } from '../../../shared/http/query';

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const full = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'medium' });

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then a date ("12 Mar", "12 Mar 2024"). */
export function relativeTime(iso: string, nowMs: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = Math.max(0, (nowMs - at) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const sameYear = new Date(at).getFullYear() === new Date(nowMs).getFullYear();
  return (sameYear ? dayMonth : dayMonthYear).format(at);
}

/** The full local date and time, for a tooltip. */
export function fullTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : full.format(at);
}

/** The URL without its origin, decoded for reading: `/api/v1/storage-systems?sort=id asc`. */
export function urlPath(url: string): string {
  const origin = originOf(url);
  const rest = origin ? url.slice(origin.length) : url;
  return rest === '' ? '/' : displayUrl(rest);
}

/** The host of the URL, or undefined for one that has none. */
export function urlHost(url: string): string | undefined {
  return hostOf(url);
}
