import { describe, expect, it } from 'vitest';
import { answerWords, failureWords } from './answer-words';

describe('what the live region says', () => {
  it('says the status, the items and the time of an answer', () => {
    expect(answerWords({ status: 200, statusText: 'OK', totalMs: 9.4, items: '12 items' })).toBe('200 OK, 12 items, 9 ms');
    expect(answerWords({ status: 200, totalMs: 1240, items: '50 items of 1,473' })).toBe('200 OK, 50 items of 1,473, 1.24 s');
  });
  it('leaves the items out when the answer holds no list, and names statuses that came without words', () => {
    expect(answerWords({ status: 404, statusText: '', totalMs: 143 })).toBe('404 Not Found, 143 ms');
  });
  it('says why there was no answer', () => {
    expect(failureWords({ message: 'The request was cancelled.' }, 'Request cancelled')).toBe('No answer (Request cancelled): The request was cancelled.');
  });
});
