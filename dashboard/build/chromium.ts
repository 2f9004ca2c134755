/**
 * How every browser test starts Chromium: Debian's build (or CHROMIUM_PATH), headless, with a
 * fresh profile and nothing that reaches the network by itself. Shared by the component tests
 * (vitest browser mode) and the end-to-end tests under test/e2e.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
