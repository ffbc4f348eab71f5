import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * Headless Chromium for the PDF and for browser tests. Uses $CHROME_PATH, else a system Chromium
 * or Chrome; never downloads a browser of its own.
 */

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserMissingError extends Error {}

export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserMissingError(`CHROME_PATH is set to ${fromEnv}, but there is no file there`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new BrowserMissingError(
    'no Chromium or Chrome found for the PDF. Install one: on Debian/Ubuntu `sudo apt-get install chromium`, ' +
      'on macOS `brew install --cask chromium` (or Google Chrome), or set CHROME_PATH to the browser executable.',
  );
}

/** Flags for a headless browser on a machine with no network but loopback. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
}
