import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubApp } from '../feature.js';

const NOT_BUILT = `<!doctype html><html lang="id"><meta charset="utf-8"><title>SiapCAT Wilayah</title>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>Dasbor wilayah belum dibangun</h1><p>Jalankan <code>npm run build</code> lalu muat ulang. API di <code>/api/region</code> tetap berjalan.</p>
<h2 lang="en">Regional dashboard not built</h2><p lang="en">Run <code>npm run build</code> and reload. The API under <code>/api/region</code> works.</p>
</body></html>`;

/**
 * The regional dashboard: region.html of the built dashboard for /wilayah and its sub-pages (its
 * own router reads the address), the shared hashed assets, and / sending people to /wilayah.
 */
export function serveRegionDashboard(app: HubApp, dashboardDir: string): void {
  const page = join(dashboardDir, 'region.html');
  app.use(
    '/assets/*',
    serveStatic({
      root: dashboardDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/', (c) => c.redirect('/wilayah'));
  const serve = (c: Context) => {
    if (!existsSync(page)) return c.html(NOT_BUILT, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(page, 'utf8'));
  };
  app.get('/wilayah', serve);
  app.get('/wilayah/*', serve);
}
