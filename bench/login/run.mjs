// Login timing: does the answer's time tell whether a username exists? Times wrong-password logins
// for an existing and an unknown name, interleaved, on one hub at the default (OWASP) scrypt cost.
// Run: npm run build && node bench/login/run.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { startHub } = await import(join(import.meta.dirname, '../../dist/server/hub.js'));
const { createLogger } = await import(join(import.meta.dirname, '../../dist/server/log.js'));
const dir = mkdtempSync(join(tmpdir(), 'siapcat-login-'));
const hub = await startHub({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'h.db'), env: { SIAPCAT_ADMIN_PASSWORD: 'rahasia-ujian-2026' }, log: createLogger(() => {}) });
const time = async (username) => {
  const t = performance.now();
  const res = await fetch(`${hub.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'salah-salah-2026' }) });
  await res.text();
  return performance.now() - t;
};
const known = [];
const unknown = [];
await time('pemanasan');
for (let i = 0; i < 8; i++) {
  known.push(await time('admin'));
  unknown.push(await time(`tidak-ada-${i}`));
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(JSON.stringify({ node: process.version, knownMedianMs: Math.round(median(known)), unknownMedianMs: Math.round(median(unknown)), known: known.map(Math.round), unknown: unknown.map(Math.round) }));
await hub.close();
rmSync(dir, { recursive: true, force: true });
