/** The web host's memory as the operating system sees it: resident set size from /proc (Linux). */
import { readFileSync } from 'node:fs';
import { median } from './stats';

/** Resident bytes of process `pid`, or undefined where /proc cannot tell (not Linux, process gone). */
export function residentBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The settled RSS: the median of a few reads a little apart (any one may catch a collection half done). */
export async function settledResidentBytes(pid: number, reads = 5, gapMs = 400): Promise<number | undefined> {
  const seen: number[] = [];
  for (let i = 0; i < reads; i++) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    const bytes = residentBytes(pid);
    if (bytes !== undefined) seen.push(bytes);
  }
  return seen.length ? median(seen) : undefined;
}
