import { ApiClient } from '../data/client.js';
import { whoAmI } from '../data/auth.js';
import { LiveClient, liveUrl } from '../data/live.js';
import { Session } from '../data/session.js';
import { PATTERNS } from './paths.js';
import { Router } from './router.js';

/**
 * What pages use to reach the hub and move around: given to every page as `.services`.
 * Components never build API URLs: they call the typed functions of data/ with `services.api`.
 */
export interface Services {
  api: ApiClient;
  live: LiveClient;
  session: Session;
  router: Router;
}

export function createServices(win: Window = window): Services {
  const session = new Session();
  const api = new ApiClient({ session });
  const live = new LiveClient({
    url: liveUrl(win.location),
    token: () => session.token,
    // A socket refused before opening may mean the token expired: one cheap call finds out
    // (a 401 there ends the session and shows the login page with the reason).
    onRefused: () => void whoAmI(api).catch(() => undefined),
  });
  const router = new Router(Object.values(PATTERNS), win);
  const sync = () => {
    if (session.loggedIn && !session.accessKnown) {
      void whoAmI(api).then(
        (me) => me.actions && session.loggedIn && session.setAccess(me.actions),
        () => undefined,
      );
    }
    return session.loggedIn ? live.start() : live.stop();
  };
  session.subscribe(sync);
  sync();
  win.addEventListener('online', () => live.retryNow());
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'visible') live.retryNow();
  });
  return { api, live, session, router };
}
