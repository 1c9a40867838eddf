import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KioskConfig } from '../../config/kiosks-schema.js';
import { toWallTime } from '../../domain/time.js';

/** What a screen loads once and keeps all day: its layout, page, partials, script, styles, service worker and words. */
const SHELL = ['views/layouts/kiosk.hbs', 'views/pages/kiosk.hbs', 'views/partials/kiosk', 'src/web/public/kiosk', 'src/web/messages'];

function filesUnder(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  try {
    return readdirSync(full, { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
  } catch {
    return [full];
  }
}

/**
 * A fingerprint of the kiosk shell as deployed: screens compare it with their own and reload when a deployment
 * changed it. Fragments are fetched afresh anyway; only what the page keeps needs a reload.
 */
export function shellFingerprint(rootDir: string): string {
  const hash = createHash('sha256');
  for (const file of SHELL.flatMap((rel) => filesUnder(rootDir, rel))) {
    hash.update(path.relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date of the latest nightly reload time at or before `now` ("2026-01-05"). */
function nightlyDate(nightly: string, now: number, tz: string): string {
  const [h, m] = nightly.split(':').map(Number) as [number, number];
  const w = toWallTime(now, tz);
  // Before today's reload time the latest one was yesterday's; a day back in wall time is never the same date.
  const day = w.hour * 60 + w.minute >= h * 60 + m ? w : toWallTime(now - 86_400, tz);
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/**
 * The version one screen runs: the shell, its own settings (timeouts live in the page), and the day of its last
 * nightly reload. A screen reloads when this differs from the one it was loaded with, so the nightly reload and a
 * deployment are one mechanism.
 */
export function kioskVersion(shell: string, kiosk: KioskConfig, now: number, tz: string): string {
  const settings = createHash('sha256').update(JSON.stringify(kiosk)).digest('hex').slice(0, 8);
  return kiosk.nightlyReload ? `${shell}.${settings}.${nightlyDate(kiosk.nightlyReload, now, tz)}` : `${shell}.${settings}`;
}
