import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** Listens on a random loopback port; returns the base URL and a close function. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** 2026-01-05 09:00 in Stockholm: the sample feeds' anchor Monday, so they are indexed unshifted. */
export const ANCHOR_NOW = Date.UTC(2026, 0, 5, 8, 0, 0) / 1000;
