/** The facts a reader needs to judge the numbers: CPU, memory, runtimes and how busy the machine was. */
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

/** What the machine looked like when the benchmark started. */
export interface MachineFacts {
  cores: number;
  cpuModel: string;
  memory: string;
  os: string;
  node: string;
  /** The 1, 5 and 15 minute load averages at start. */
  load: string;
}

/** Reads the facts now (call it first, so the load average is the one at start). */
export function readMachineFacts(): MachineFacts {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    load: loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}

/** The facts as Markdown lines, with the browser's version once it is known. */
export function describeMachine(facts: MachineFacts, chromium: string): string {
  return [
    `- CPU: ${facts.cores} cores (${facts.cpuModel}), ${facts.memory} RAM, ${facts.os}`,
    `- Node ${facts.node}; Chromium ${chromium} (headless, via playwright-core)`,
    `- Load average at start (1/5/15 min): ${facts.load}`,
  ].join('\n');
}
