/**
 * A test-only knob, like `SHORELINE_SANDBOX_TOKEN_TTL`: `SHORELINE_WATCH_MIN_INTERVAL=S` lets a host
 * accept watch intervals down to S seconds (end-to-end tests watch every 2 s; users keep 5 s).
 */
import type { WatchTuning } from './watch-service';

/** The watch tuning `env` asks for, or undefined when it asks for none (or for nonsense). */
export function watchTuningFromEnv(env: Readonly<Record<string, string | undefined>>): WatchTuning | undefined {
  const raw = env.SHORELINE_WATCH_MIN_INTERVAL;
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  const seconds = Number(raw);
  return seconds >= 1 && seconds <= 86_400 ? { minIntervalSeconds: seconds } : undefined;
}
