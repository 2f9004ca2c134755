import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { serve, stats } from './ipc.js';

/**
 * The baseline: a bare `ws` server with the hub's socket settings (no deflate, same frame limit)
 * that only counts the messages it receives.
 */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let received = 0;
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false, maxPayload: 256 * 1024 });
wss.on('connection', (ws) => {
  ws.on('message', () => {
    received++;
  });
  ws.on('error', () => undefined);
});
wss.on('listening', () => {
  const address = wss.address();
  process.send!({ type: 'listening', port: address !== null && typeof address === 'object' ? address.port : 0, at: Date.now() });
});
serve({
  stats: () => ({ ...stats(loop, wss.clients.size), received }),
  resetLoop: () => loop.reset(),
  close: () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    setTimeout(() => process.exit(0), 50);
  },
});
