import type { ServerType } from '@hono/node-server';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Routes WebSocket upgrades for one path straight to `handle`, and every other upgrade to the
 * listeners already there (the app's, which runs each upgrade through Hono). The agent channel
 * takes this shortcut because it carries thousands of long-lived sockets: through the app, each
 * socket kept a request context alive (~7 KB) for its whole life, and each reconnect paid for a
 * full request. Agents authenticate in their first message, so nothing of the app is skipped.
 */
export function routeUpgrades(server: ServerType, path: string, handle: UpgradeListener): void {
  const others = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (req.url ?? '/').split('?', 1)[0];
    if (pathname === path) {
      handle(req, socket, head);
      return;
    }
    for (const listener of others) listener.call(server, req, socket, head);
  });
}
