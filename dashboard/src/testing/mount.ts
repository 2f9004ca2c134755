import { PATTERNS } from '../app/paths.js';
import { Router } from '../app/router.js';
import type { Services } from '../app/services.js';
import '../app/app-shell.js';
import { LiveClient } from '../data/live.js';
import { locale } from '../i18n/locale.js';
import { fakeHub } from './fake-hub.js';
import { fakeSockets, manualTimers } from './fake-socket.js';

type Routes = Parameters<typeof fakeHub>[0];

/**
 * The whole dashboard (shell, router, the page at `path`) in the test's own page, talking to a
 * fake hub with typed answers and a live channel the test drives (`pushLive`).
 */
export async function mountApp(path: string, routes: Routes, options: { lang?: 'id' | 'en' } = {}) {
  locale.setLang(options.lang ?? 'id');
  history.replaceState(null, '', path);
  const hub = fakeHub(routes);
  const sockets = fakeSockets();
  const live = new LiveClient({
    url: 'ws://hub.test/ws/live',
    token: () => hub.session.token,
    socket: sockets.factory,
    timers: manualTimers(),
  });
  const router = new Router(Object.values(PATTERNS));
  const services: Services = { api: hub.api, live, session: hub.session, router };
  live.start();
  sockets.last.open();
  document.body.querySelector('siap-app')?.remove();
  const app = document.createElement('siap-app');
  app.services = services;
  document.body.append(app);
  return {
    app,
    hub,
    services,
    /** Sends a `live.changed` frame as the hub would. */
    pushLive(message: { topics: string[]; machines?: unknown[]; sessions?: string[] }) {
      sockets.last.receive({ type: 'live.changed', v: 1, seq: 1, machines: [], ...message });
    },
    unmount() {
      app.remove();
      live.stop();
    },
  };
}
