import { inject } from 'vitest';
import { page } from 'vitest/browser';

declare module 'vitest' {
  interface ProvidedContext {
    shotsDir: string;
  }
}

export type ScreenSize = 'laptop' | 'tv';
const SIZES: Record<ScreenSize, [number, number]> = { laptop: [1366, 768], tv: [1920, 1080] };
let current: ScreenSize = 'laptop';

/** Sizes the test page like a venue laptop or the monitoring-room TV. */
export async function useViewport(size: ScreenSize): Promise<void> {
  current = size;
  await page.viewport(...SIZES[size]);
}

/**
 * Saves a PNG of the page at the current screen width and its full height (or only the screen,
 * for pages made to fit it, like monitor mode) under
 * test-results/screenshots/components/<name>.png, to be looked at. Nothing compares pixels.
 */
export async function snap(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const [width, height] = SIZES[current];
  const full = options.fullPage === false ? height : Math.min(3000, Math.max(height, document.documentElement.scrollHeight));
  await page.viewport(width, full);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await page.screenshot({ path: `${inject('shotsDir')}/${name}.png` });
  await page.viewport(width, height);
}
