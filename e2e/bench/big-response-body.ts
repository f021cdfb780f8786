/** A deterministic `{"items":[…]}` JSON answer of an exact size, shaped like a storage API's volume list. */

/** Builds the body, padded with spaces at the end to exactly `bytes`. */
export function bigListBody(bytes: number): Buffer {
  const parts: string[] = [];
  let size = '{"items":[]}'.length;
  for (let i = 0; i < 1_000_000; i++) {
    const n = String(i).padStart(6, '0');
    const item = JSON.stringify({
      id: `vol-${n}-7d3e4a8b`,
      name: `volume-${n}`,
      type: 'volume',
      state: ['ok', 'degraded', 'offline'][i % 3],
      sizeMiB: 1024 * ((i % 64) + 1),
      usedMiB: 512 * ((i % 32) + 1),
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      system: { id: `sys-${i % 40}`, name: `array-${i % 40}`, model: 'HPE Alletra 9060' },
      tags: ['prod', `pool-${i % 8}`],
      description: `Volume ${n} of the benchmark list, replicated to site ${i % 5}.`,
    });
    const added = item.length + (parts.length > 0 ? 1 : 0);
    if (size + added > bytes) break;
    parts.push(item);
    size += added;
  }
  const text = `{"items":[${parts.join(',')}]}`;
  return Buffer.from(text.padEnd(bytes, ' '));
}
