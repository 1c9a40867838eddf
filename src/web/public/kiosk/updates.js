// Is the server there, and is it still the version this page was loaded with? A deployment or the nightly reload
// changes the version; the screen reloads only when the server answers (and not under a visitor's fingers), so
// Chromium never lands on its error page.

/** The server's version of this screen, or null when it does not answer. */
export async function serverVersion(settings, headers) {
  try {
    const res = await fetch(settings.versionHref, { cache: 'no-store', headers, signal: AbortSignal.timeout(5000) });
    if (!res.ok) return null;
    return (await res.json()).version ?? null;
  } catch {
    return null;
  }
}

// The same version is reloaded for at most once per five minutes, so a page served from the worker's cache while the
// server flickers cannot loop.
const RELOAD_GUARD_MS = 5 * 60_000;

/** A full page load of the screen (its address keeps a token if it has one). */
export function reloadScreen(settings) {
  location.replace(`${settings.page}${location.search}`);
}

function reloadFor(version, settings) {
  const key = 'kiosk.reloadedFor';
  try {
    const last = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (last?.version === version && Date.now() - last.at < RELOAD_GUARD_MS) return;
    sessionStorage.setItem(key, JSON.stringify({ version, at: Date.now() }));
  } catch {
    // no sessionStorage: reload anyway
  }
  reloadScreen(settings);
}

/**
 * Checks every `versionCheckSeconds`: tells `onAnswer` whether the server answered, and reloads for a new version
 * once `mayReload()` (the attract loop is on).
 */
export function watchVersion(settings, headers, { onAnswer, mayReload }) {
  let wanted = null;
  const check = async () => {
    const version = await serverVersion(settings, headers);
    onAnswer(version !== null);
    if (version !== null && version !== settings.version) wanted = version;
    if (wanted && mayReload()) reloadFor(wanted, settings);
  };
  setInterval(check, settings.versionCheckSeconds * 1000);
}
