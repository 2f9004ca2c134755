import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { intOption, parseOptions } from '../cmdline/args.js';
import { EXIT, type CliIO } from '../cmdline/io.js';
import { lanAddresses } from '../agent/link/cli.js';
import { memoryKeyStore } from '../agent/link/keystore.js';
import { AgentRunner } from '../agent/link/runner.js';
import { AGENT_API, reportSourceFrom } from '../agent/link/source.js';
import { fleetPlan } from '../agent/simulate/fleet.js';
import { defaultFixturesDir, fixtureHardware, readFixtures } from '../agent/simulate/hardware.js';
import { Simulator } from '../agent/simulate/simulator.js';
import type { Localized } from '../protocol/i18n.js';
import { randomBytes } from 'node:crypto';
import { demoDatabaseAt, markDemoDatabase } from './demo-guard.js';
import { startHub } from '../server/hub.js';
import { judgeMachineFile } from '../agent/capture/judge-file.js';
import { systemClock } from '../protocol/ports.js';
import { createLogger } from '../server/log.js';

const USAGE =
  'siapcat demo [--port 8080] [--host 127.0.0.1] [--db ./data/demo.db] [--force] [--servers 3] [--clients 450] [--rooms 6] [--seed 2026]\n' +
  '  admin password: SIAPCAT_ADMIN_PASSWORD, or a new random one printed at start';

/** A fresh admin password for one demo run (letters and digits a person can read back). */
export function demoPassword(bytes: Uint8Array = randomBytes(12)): string {
  const alphabet = '23456789abcdefghjkmnpqrstuvwxyz';
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
const DEMO_TOKEN = 'demo-token-siapcat-2026';

/** This PC's id for the demo: its computer name made into a valid id. */
export function demoAgentId(host: string): string {
  const cleaned = host
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 60);
  return cleaned ? `PC-${cleaned}` : 'PC-DEMO';
}

/**
 * `siapcat demo` (`npm run demo`): a hub on a fresh demo database with a simulated venue (its plan
 * imported: rooms with seat grids, servers), the simulated agents, and this PC's own agent
 * judged by the real checklist. Prints where to look and how to log in; runs until Ctrl+C.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      force: { type: 'boolean' },
      servers: { type: 'string' },
      clients: { type: 'string' },
      rooms: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const shape = {
    servers: intOption('servers', values.servers, 3, { min: 1, max: 50 }),
    clients: intOption('clients', values.clients, 450, { min: 0, max: 10_000 }),
    rooms: intOption('rooms', values.rooms, 6, { min: 0, max: 100 }),
  };
  const seed = intOption('seed', values.seed, 2026, { min: 0, max: 2 ** 31 - 1 });
  const port = intOption('port', values.port, 8080, { min: 0, max: 65535 });
  const say = (t: Localized) => io.stdout(`${t.id}\n  ${t.en}\n`);

  const api = AGENT_API;
  const hardware = fixtureHardware(api, readFixtures(defaultFixturesDir()));

  const dbPath = resolve(io.cwd, values.db ?? './data/demo.db');
  // The demo starts from an empty database, so it deletes the old one, but only one it made itself:
  // a wrong --db must never destroy a real hub's exam-day records.
  if (demoDatabaseAt(dbPath) === 'foreign' && !values.force) {
    io.stderr(
      `Berkas ${dbPath} bukan basis data yang dibuat demo SiapCAT; demo tidak menghapusnya. Pilih --db lain, atau tambahkan --force bila berkas itu memang boleh dihapus.\n` +
        `${dbPath} is not a database SiapCAT's demo created; the demo does not delete it. Choose another --db, or add --force if that file may really be deleted.\n`,
    );
    return EXIT.usage;
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const password = io.env.SIAPCAT_ADMIN_PASSWORD || demoPassword();
  const host = values.host ?? '127.0.0.1';
  const planDir = mkdtempSync(join(tmpdir(), 'siapcat-demo-'));
  const planFile = join(planDir, 'venue-plan.json');
  writeFileSync(planFile, JSON.stringify(fleetPlan(shape, 'Lokasi demo SiapCAT — Gedung Serbaguna')));

  const hub = await startHub({
    port,
    host,
    dbPath,
    env: { ...io.env, SIAPCAT_ADMIN_PASSWORD: password, SIAPCAT_ENROLL_TOKEN: DEMO_TOKEN, SIAPCAT_PLAN: planFile },
    log: createLogger((line) => io.stderr(line), 'warn'),
    judgeMachineFile: (bytes, role) => judgeMachineFile(bytes, role, systemClock),
  });
  const sim = new Simulator({ hubUrl: hub.url, token: DEMO_TOKEN, shape, seed, source: hardware });
  const own = new AgentRunner({
    hubUrl: hub.url,
    token: DEMO_TOKEN,
    id: demoAgentId(hostname()),
    role: 'client',
    placement: { serverId: 'S1', roomId: null, seat: null },
    keys: memoryKeyStore(),
    source: reportSourceFrom(api),
    agent: { version: '0.1.0', platform: process.platform, host: hostname() },
    addresses: lanAddresses(),
    schedule: '*/5 * * * *',
    probeBytes: 4 * 1024 * 1024,
    print: (_level, text) => say(text),
  });

  markDemoDatabase(hub.ctx.settings);
  say({
    id: `Demo SiapCAT berjalan di ${hub.url} — masuk sebagai admin dengan kata sandi ${password}`,
    en: `SiapCAT demo running at ${hub.url} — log in as admin with password ${password}`,
  });
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    say({
      id: `Perhatian: demo terbuka untuk jaringan (--host ${host}); siapa pun di jaringan yang tahu kata sandinya dapat masuk.`,
      en: `Note: the demo is open to the network (--host ${host}); anyone on the network who knows the password can log in.`,
    });
  }
  say({
    id: `Lokasi simulasi: ${shape.servers} server, ${shape.clients} PC klien, ${shape.rooms} ruang tes (basis data ${dbPath}). Agen PC ini juga terhubung. Ctrl+C untuk berhenti.`,
    en: `Simulated venue: ${shape.servers} servers, ${shape.clients} client PCs, ${shape.rooms} test rooms (database ${dbPath}). This PC's agent is connected too. Ctrl+C to stop.`,
  });
  await sim.start();
  own.start();
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  sim.stop();
  await own.stop();
  await hub.close();
  rmSync(planDir, { recursive: true, force: true });
  return EXIT.ok;
}
