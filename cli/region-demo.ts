import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENT_API } from '../agent/link/source.js';
import { fleetPlan } from '../agent/simulate/fleet.js';
import { defaultFixturesDir, fixtureHardware, readFixtures } from '../agent/simulate/hardware.js';
import { Simulator } from '../agent/simulate/simulator.js';
import { createFeatures } from '../server/features.js';
import { defaultDashboardDir, startHub, type Hub } from '../server/hub.js';
import { createLogger } from '../server/log.js';
import { httpsTransport, type RegionTransport } from '../server/outbox/transport.js';
import { startLocalPostgres, type LocalPostgres } from '../server/region/local-pg.js';
import { startRegion } from '../server/region/service.js';

/**
 * `npm run demo:region [-- --pg postgres://… --venues 3 --pcs 20 --port 8443]`: a regional service on
 * a local PostgreSQL (started here unless --pg is given), N real venue hubs joined to it with
 * one-time codes, each with simulated exam PCs and checking in participants every few seconds; the
 * last venue loses its WAN line every other minute, so the regional view shows it stale and then
 * caught up. Everything on 127.0.0.1.
 */
const PASSWORD = 'siapcat-demo';
const NAMES = [
  'Gedung Serbaguna Batulicin',
  'SMKN 1 Kotabaru',
  'Kanreg VIII Banjarmasin',
  'UPT BKN Palangka Raya',
  'SMAN 2 Tanjung',
  'Aula Pemkab Tapin',
];
const { values } = parseArgs({
  options: { pg: { type: 'string' }, venues: { type: 'string' }, port: { type: 'string' }, pcs: { type: 'string' } },
});
const count = Math.min(NAMES.length, Math.max(1, Number(values.venues ?? 3) || 3));
const pcs = Math.min(200, Math.max(0, Number(values.pcs ?? 20) || 0));
const ENROLL_TOKEN = 'demo-region-token-2026';
const hardware = fixtureHardware(AGENT_API, readFixtures(defaultFixturesDir()));
const log = createLogger((line) => process.stderr.write(line), 'warn');
const dirs: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

let local: LocalPostgres | undefined;
if (!values.pg) {
  process.stdout.write('Menyalakan PostgreSQL lokal sementara… / Starting a throw-away local PostgreSQL…\n');
  local = await startLocalPostgres();
}
const region = await startRegion({
  pg: values.pg ?? (await local!.createDatabase('siapcat_region_demo')),
  port: Number(values.port ?? 8443),
  host: '127.0.0.1',
  tlsDir: temp('siapcat-region-tls-'),
  dashboardDir: defaultDashboardDir(),
  staleAfterMs: 20_000,
  env: { SIAPCAT_REGION_ADMIN_PASSWORD: PASSWORD },
  log,
});

async function call(url: string, path: string, token: string | undefined, body?: unknown, type = 'application/json'): Promise<any> {
  const res = await fetch(url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return res.json();
}

// The region's API over its own CA (the demo process trusts only that CA, via the hubs' transport).
const admin = httpsTransport(region.url, region.tls.caPem);
const adminToken = ((await admin.post('/api/login', { username: 'admin', password: PASSWORD })).body as { token: string }).token;

const hubs: Array<{ hub: Hub; name: string; timer: NodeJS.Timeout; sim: Simulator }> = [];
let down = false;
for (let i = 0; i < count; i++) {
  const name = NAMES[i]!;
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const code = ((await admin.post('/api/region/venues', { id, name }, adminToken)).body as { code: string }).code;
  const last = i === count - 1;
  const features = createFeatures({
    outbox: {
      collectCron: '*/2 * * * * *',
      pusher: { heartbeatMs: 5000, gatherMs: 100, backoff: { baseMs: 500, capMs: 5000 } },
      // The last venue's WAN line can be cut (see below); the others always reach the region.
      transport: (link) => {
        const real = httpsTransport(link.regionUrl, link.caPem);
        if (!last) return real;
        const cut: RegionTransport = {
          post: (p, b, k) => (down ? Promise.reject(new Error('WAN link down')) : real.post(p, b, k)),
          close: () => real.close(),
        };
        return cut;
      },
    },
  });
  // The venue's plan (a server room, three test rooms with seats, one server) and its simulated PCs.
  const shape = { servers: 1, clients: pcs, rooms: 3 };
  const dir = temp('siapcat-venue-');
  const planFile = join(dir, 'venue-plan.json');
  writeFileSync(planFile, JSON.stringify(fleetPlan(shape, name)));
  const hub = await startHub({
    port: 0,
    host: '127.0.0.1',
    dbPath: join(dir, 'siapcat.db'),
    features,
    log,
    env: {
      SIAPCAT_ADMIN_PASSWORD: PASSWORD,
      SIAPCAT_ENROLL_TOKEN: ENROLL_TOKEN,
      SIAPCAT_PLAN: planFile,
      SIAPCAT_REGION_URL: region.url,
      SIAPCAT_REGION_CODE: code,
      SIAPCAT_REGION_CA: region.tls.caFingerprint,
    },
  });
  const token = (await call(hub.url, '/api/login', undefined, { username: 'admin', password: PASSWORD })).token as string;
  await fetch(`${hub.url}/api/venue`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, timeZone: 'Asia/Makassar' }),
  });
  // A session two hours from now (WITA): the desk's registration is open, the PIN window too.
  const startsAt = `${new Date(Date.now() + (2 + 8) * 3600_000).toISOString().slice(0, 16)}:00+08:00`;
  const session = await call(hub.url, '/api/sessions', token, {
    name: 'SKD Sesi 1',
    startsAt,
    kind: 'SKD',
    rooms: ['R1', 'R2', 'R3'],
    venueName: name,
  });
  const people = 60 + 30 * i;
  const nik = (n: number) => `6310${String(i + 1).padStart(2, '0')}${String(n).padStart(10, '0')}`;
  const number = (n: number) => `2430${String(i + 1).padStart(2, '0')}${String(n).padStart(11, '0')}`;
  const csv = [
    'No,No Peserta,NIK,Nama Peserta,Jabatan,Ruang,Kursi,Disabilitas,Tgl Lahir',
    ...Array.from(
      { length: people },
      (_, k) =>
        `${k + 1},${number(k + 1)},${nik(k + 1)},Peserta ${k + 1},Pranata Komputer,R${(k % 3) + 1},${Math.floor(k / 3) + 1},-,01/01/1990`,
    ),
  ].join('\n');
  await call(hub.url, `/api/sessions/${session.id}/roster`, token, csv, 'text/csv');
  let next = 1;
  const timer = setInterval(
    () => {
      if (next > people) return;
      const n = next++;
      void call(hub.url, `/api/sessions/${session.id}/checkins`, token, { participantNumber: number(n), nik: nik(n) }).catch(
        () => undefined,
      );
    },
    4000 + 1500 * i,
  );
  const sim = new Simulator({ hubUrl: hub.url, token: ENROLL_TOKEN, shape, seed: 2026 + i, source: hardware });
  await sim.start();
  hubs.push({ hub, name, timer, sim });
}
const cutTimer = setInterval(() => {
  down = !down;
  process.stdout.write(
    down ? `[${hubs.at(-1)!.name}] jalur WAN putus / WAN line down\n` : `[${hubs.at(-1)!.name}] jalur WAN pulih / WAN line back\n`,
  );
}, 60_000);

process.stdout.write(
  `\nLayanan wilayah / Regional service: ${region.url}/wilayah  (admin / ${PASSWORD})\n` +
    `Sidik jari CA / CA fingerprint: ${region.tls.caFingerprint}\n` +
    hubs
      .map((h) => `  hub ${h.name}: ${h.hub.url}  (admin / ${PASSWORD}; tautan wilayah / region link: ${h.hub.url}/pengaturan)\n`)
      .join('') +
    `Peramban akan memperingatkan sertifikat (CA wilayah belum dipercaya); lanjutkan untuk demo. / The browser warns about the certificate (the regional CA is not trusted yet); proceed for the demo.\n` +
    `${hubs.at(-1)!.name} kehilangan jalur WAN tiap menit bergantian / loses its WAN line every other minute. Ctrl+C untuk berhenti / to stop.\n`,
);

const stop = async () => {
  clearInterval(cutTimer);
  for (const h of hubs) {
    clearInterval(h.timer);
    h.sim.stop();
    await h.hub.close();
  }
  admin.close();
  await region.close();
  local?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
