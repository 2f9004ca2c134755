// How every browser test and bench starts Chromium: Debian's build (or CHROMIUM_PATH), headless,
// with a fresh profile and nothing that reaches the network by itself. Plain JavaScript so the
// benches (.mjs) share it with the TypeScript tests (types in chromium.d.mts).
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
