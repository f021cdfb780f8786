/** What the live region says when an answer arrives or a request fails: short, the status first. */
import type { AppError } from '../../../shared/errors';
import { statusWords } from '../../components/status-chip';
import { formatDuration } from '../../components/format/quantities';

/** "200 OK, 12 items, 9 ms" — or "404 Not Found, 143 ms" when the answer holds no list. */
export function answerWords(answer: { status: number; statusText?: string; totalMs: number; items?: string | undefined }): string {
  return [statusWords(answer.status, answer.statusText), answer.items, formatDuration(answer.totalMs)].filter(Boolean).join(', ');
}

/** "No answer: Could not reach eu1.data.cloud.hpe.com." */
export function failureWords(error: Pick<AppError, 'message'>, title?: string): string {
  return `No answer${title ? ` (${title})` : ''}: ${error.message}`;
}
