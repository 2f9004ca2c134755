import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../dashboard/build/chromium.mjs';
import { defaultDashboardDir } from '../../server/hub.js';
import { TEST_ADMIN_PASSWORD } from './hub.js';
import { tempDir } from './tmp.js';

/** Screen sizes the dashboard is checked at: a venue laptop and the monitoring-room TV. */
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  tv: { width: 1920, height: 1080 },
  /** A monitor walking between rooms with a phone. */
  phone: { width: 390, height: 844 },
} as const;

/** Where screenshots go (ignored by git; a few chosen ones are copied to docs/screenshots). */
export const SHOTS_DIR = join(process.cwd(), 'test-results', 'screenshots');

export interface TestBrowser {
  context: BrowserContext;
  page(viewport?: keyof typeof VIEWPORTS): Promise<Page>;
  close(): Promise<void>;
}

/** Real headless Chromium with a fresh profile, nothing reaching outside 127.0.0.1. */
export async function launchBrowser(options: { extraArgs?: string[] } = {}): Promise<TestBrowser> {
  if (!existsSync(join(defaultDashboardDir(), 'index.html'))) {
    throw new Error('dist/dashboard is missing: run `npm run build` before the browser tests (npm test does).');
  }
  const profile = tempDir('siapcat-chromium-');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: VIEWPORTS.laptop,
    // Far from the venue on purpose: the dashboard must show the venue's zone and Indonesian.
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  return {
    context,
    async page(viewport = 'laptop') {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS[viewport]);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      // A Content-Security-Policy refusal is an error too: the dashboard must run under the hub's CSP.
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
      });
      pageErrors.set(page, errors);
      return page;
    },
    async close() {
      await context.close();
      profile.cleanup();
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught script errors the page has thrown so far (tests assert there are none). */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/** Saves a full-page PNG under test-results/screenshots and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Opens `url` (the login page shows first) and logs in as the test admin, in Indonesian or English. */
export async function logIn(page: Page, url: string, lang: 'id' | 'en' = 'id'): Promise<void> {
  await page.goto(url);
  if (lang === 'en') await page.getByRole('button', { name: 'EN' }).click();
  await page.getByLabel(lang === 'en' ? 'Password' : 'Kata sandi').fill(TEST_ADMIN_PASSWORD);
  await page.getByRole('button', { name: lang === 'en' ? 'Log in' : 'Masuk' }).click();
}

/** Saves what the screen shows (no scrolling) under test-results/screenshots and returns its path. */
export async function screen(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Visible elements (through shadow roots) that stick out of the viewport sideways, unless a
 * scrolling or clipping ancestor holds them; and whether the page itself scrolls sideways.
 */
export async function sidewaysOverflow(page: Page): Promise<{ pageScrolls: boolean; elements: string[] }> {
  return page.evaluate(OVERFLOW_SCRIPT) as Promise<{ pageScrolls: boolean; elements: string[] }>;
}

/** Runs in the page (kept as text: the test project has no DOM types). */
const OVERFLOW_SCRIPT = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  const clipped = (el) => {
    for (let p = up(el); p; p = up(p)) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
    }
    return false;
  };
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Wholly off-screen (a skip link waiting for Tab) is hidden on purpose; partly out is cut off.
      const partly = (r.right > width + 1 && r.left < width) || (r.left < -1 && r.right > 0);
      if (partly && !clipped(el)) {
        const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
        out.push(el.tagName.toLowerCase() + cls + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');
      }
    }
  };
  walk(document);
  return { pageScrolls: document.documentElement.scrollWidth > width + 1, elements: out.slice(0, 20) };
})()`;
