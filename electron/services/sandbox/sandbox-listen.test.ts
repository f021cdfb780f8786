// Where the Sandbox listens (127.0.0.1 only), its port option, closing, and malformed HTTP.
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startSandbox } from './sandbox';

/** Resolves true when a TCP connection to host:port opens, false when it is refused or unreachable. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function otherAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.address !== '127.0.0.1')
    .map((entry) => entry.address);
}

describe('listening', () => {
  it('listens on 127.0.0.1 only', async () => {
    const sandbox = await startSandbox();
    try {
      const url = new URL(sandbox.baseUrl);
      expect(url.hostname).toBe('127.0.0.1');
      const port = Number(url.port);
      expect(port).toBeGreaterThan(0);
      expect(await canConnect('127.0.0.1', port)).toBe(true);
      // Bound to 0.0.0.0 or :: these would connect; bound to 127.0.0.1 they must not.
      for (const address of ['::1', ...otherAddresses()]) expect(await canConnect(address, port), address).toBe(false);
    } finally {
      await sandbox.close();
    }
  });

  it('uses the port it is given and refuses one that is taken', async () => {
    const port = await freePort();
    const sandbox = await startSandbox({ port });
    try {
      expect(sandbox.baseUrl).toBe(`http://127.0.0.1:${port}`);
      await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await sandbox.close();
    }
  });

  it('stops accepting connections once closed, and close can be called twice', async () => {
    const sandbox = await startSandbox();
    const port = Number(new URL(sandbox.baseUrl).port);
    await sandbox.close();
    await sandbox.close();
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });

  it('refuses options out of range', async () => {
    await expect(startSandbox({ port: 70000 })).rejects.toThrow(RangeError);
    await expect(startSandbox({ tokenTtlSeconds: 0 })).rejects.toThrow(/tokenTtlSeconds/);
    await expect(startSandbox({ tokenTtlSeconds: 1.5 })).rejects.toThrow(/tokenTtlSeconds/);
  });

  it('answers a malformed HTTP request with 400 instead of dying', async () => {
    const sandbox = await startSandbox();
    try {
      const port = Number(new URL(sandbox.baseUrl).port);
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port }, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 400/);
      expect((await fetch(`${sandbox.baseUrl}/`)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
