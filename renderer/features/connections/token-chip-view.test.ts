import { describe, expect, it } from 'vitest';
import { tokenChipView } from './token-chip-view';

const base = { connectionName: 'Sandbox', status: undefined, remaining: undefined, busy: false, failed: false };

describe('tokenChipView', () => {
  it('offers to link a connection when the environment has none', () => {
    expect(tokenChipView({ ...base, connectionName: undefined })).toMatchObject({ label: 'No connection', action: 'link' });
  });

  it('gets a token on click when there is none yet', () => {
    expect(tokenChipView({ ...base, status: { state: 'none' } })).toMatchObject({ label: 'No token yet', tone: 'neutral', action: 'renew' });
    expect(tokenChipView({ ...base, status: { state: 'none' }, busy: true })).toMatchObject({ label: 'Getting token…', action: 'none' });
  });

  it('counts down a valid token, amber in the last five minutes', () => {
    const status = { state: 'valid' as const, expiresAt: 1 };
    expect(tokenChipView({ ...base, status, remaining: (1 * 3600 + 54 * 60 + 12) * 1000 })).toMatchObject({ label: 'Token · 1:54:12', tone: 'ok', action: 'panel' });
    expect(tokenChipView({ ...base, status, remaining: 4 * 60_000 })).toMatchObject({ label: 'Token · 4:00', tone: 'warning' });
  });

  it('turns red once the countdown reaches zero, even before the host says so', () => {
    const status = { state: 'valid' as const, expiresAt: 1 };
    expect(tokenChipView({ ...base, status, remaining: 0 })).toMatchObject({ label: 'Expired', tone: 'error', action: 'panel' });
    expect(tokenChipView({ ...base, status: { state: 'expired' } })).toMatchObject({ label: 'Expired', tone: 'error' });
  });

  it('says a failure plainly, but keeps showing a still-valid token', () => {
    expect(tokenChipView({ ...base, status: { state: 'none' }, failed: true })).toMatchObject({ label: 'Token failed', tone: 'error', action: 'panel' });
    expect(tokenChipView({ ...base, status: { state: 'valid', expiresAt: 1 }, remaining: 600_000, failed: true }).label).toBe('Token · 10:00');
  });

  it('handles a token without expiry', () => {
    expect(tokenChipView({ ...base, status: { state: 'valid' } })).toMatchObject({ label: 'Token · no expiry', tone: 'ok' });
  });
});
