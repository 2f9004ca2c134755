import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicRoute } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';

const NOT_BUILT = `<!doctype html><html lang="id"><meta charset="utf-8"><title>SiapCAT</title>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>Dasbor belum dibangun</h1><p>Jalankan <code>npm run build</code> lalu muat ulang halaman ini. API di <code>/api</code> tetap berjalan.</p>
<h2 lang="en">Dashboard not built</h2><p lang="en">Run <code>npm run build</code> and reload. The API under <code>/api</code> works.</p>
</body></html>`;

/**
 * Serves the built dashboard: hashed assets with long caching, and index.html for every other
 * page path so the dashboard's own router handles deep links (/ruang/R1, /mesin/PC-01).
 */
export function serveDashboard(app: HubApp, dashboardDir: string): void {
  const indexPath = join(dashboardDir, 'index.html');
  if (existsSync(dashboardDir)) registerFiles(app, dashboardDir);
  app.get('*', publicRoute(), (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/ws/') || c.req.path.startsWith('/assets/')) {
      return c.notFound();
    }
    if (!existsSync(indexPath)) return c.html(NOT_BUILT, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}

function registerFiles(app: HubApp, dashboardDir: string): void {
  app.use(
    '/assets/*',
    serveStatic({
      root: dashboardDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: dashboardDir, index: 'index.html' }));
}
