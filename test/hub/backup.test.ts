import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { adminClient, participantNik, participantNumber, sessionWithRoster, spawnHub, type HubProcess } from '../exam/process.js';

const PASS = 'meja-tujuh-lampu-hijau';
const WITH_PASS = { SIAPCAT_BACKUP_PASSPHRASE: PASS };

const hubs: HubProcess[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) {
    if (hub.child.exitCode === null && hub.child.signalCode === null) {
      hub.child.kill('SIGKILL');
      await hub.exited;
    }
  }
  for (const c of cleanups.splice(0)) c();
});

async function stop(hub: HubProcess) {
  hub.child.kill('SIGTERM');
  expect(await hub.exited).toBe(0);
}

/** A hub process with a session of `n` participants; returns the API and the session id. */
async function hubWithRoster(dbPath: string, n: number) {
  const hub = await spawnHub(dbPath);
  hubs.push(hub);
  const api = await adminClient(hub.url);
  const id = await sessionWithRoster(api, 'Uji cadangan', n);
  return { hub, api, id };
}

describe('siapcat backup / restore (real processes, real SQLite files)', () => {
  it('a backup taken while a hub process writes check-ins restores every check-in acknowledged before it, PINs and a verified audit chain', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const dbPath = join(t.dir, 'hub', 'siapcat.db');
    const N = 400;
    const { hub, api, id } = await hubWithRoster(dbPath, N);

    const acknowledged = new Map<string, string>();
    let next = 0;
    let stopWriting = false;
    // The last participant is kept for the restored hub's own check-in below (the writers may get through the
    // rest of the roster before the backup ends).
    const worker = async () => {
      while (!stopWriting && next < N - 1) {
        const i = next++;
        const res = await api(`/api/sessions/${id}/checkins`, { participantNumber: participantNumber(i), nik: participantNik(i) });
        if (res.status === 201) acknowledged.set(participantNumber(i), res.body.pin as string);
      }
    };
    const writers = Promise.all(Array.from({ length: 4 }, worker));
    while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));

    const before = new Map(acknowledged);
    const out = join(t.dir, 'usb', 'hub.siapcat-backup');
    mkdirSync(join(t.dir, 'usb'));
    const backup = await runCli(['backup', '--db', dbPath, '--out', out], { env: WITH_PASS });
    const atEnd = new Set(acknowledged.keys());
    const attemptedAtEnd = next;
    stopWriting = true;
    await writers;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Cadangan ditulis: ${out}`);
    expect(backup.stdout).toContain('Backup written:');
    // Check-ins went on while the backup ran.
    expect(atEnd.size).toBeGreaterThan(before.size);
    expect(readFileSync(out).includes(Buffer.from(participantNik(0)))).toBe(false);
    await stop(hub);

    const target = join(t.dir, 'new-pc', 'siapcat.db');
    const restore = await runCli(['restore', out, '--db', target], { env: WITH_PASS });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Rantai audit utuh: \d+ entri/);
    expect(restore.stdout).toMatch(/Audit chain intact: \d+ entries/);
    expect(restore.stdout).toMatch(/\d+ kehadiran/);
    expect(existsSync(`${target}.keys`)).toBe(true);

    const again = await spawnHub(target);
    hubs.push(again);
    const api2 = await adminClient(again.url);
    const attendance = await api2(`/api/sessions/${id}/attendance`);
    const present = new Set<string>(
      attendance.body.participants.filter((p: { status: string }) => p.status === 'present').map((p: { number: string }) => p.number),
    );
    for (const n of before.keys()) expect(present.has(n), `check-in ${n} acknowledged before the backup is missing`).toBe(true);
    // Nothing from after the backup ended (only what was acknowledged or in flight by then).
    for (const n of present) expect(Number(n.slice(-7)) < attemptedAtEnd, `${n} checked in after the backup`).toBe(true);
    expect(restore.stdout).toContain(`${present.size} kehadiran`);
    // PINs verify on the restored hub: the keys file came back with the database.
    for (const [n, pin] of [...before].slice(0, 10)) {
      expect((await api2(`/api/sessions/${id}/pins/verify`, { participantNumber: n, pin })).status, `PIN of ${n}`).toBe(200);
    }
    // The restored hub keeps writing on the same chain.
    const late = participantNumber(N - 1);
    expect((await api2(`/api/sessions/${id}/checkins`, { participantNumber: late, nik: participantNik(N - 1) })).status).toBe(201);
    await stop(again);
    const audit = await runCli(['audit', 'verify', '--db', target]);
    expect(audit.code, audit.stdout + audit.stderr).toBe(0);
  }, 120_000);

  it('refuses a wrong passphrase, a changed byte, a cut file, garbage, a sparse 9 GiB file and a passphrase on the command line, bilingually, restoring nothing', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const dbPath = join(t.dir, 'hub', 'siapcat.db');
    const { hub } = await hubWithRoster(dbPath, 5);
    const out = join(t.dir, 'b.siapcat-backup');

    const onLine = await runCli(['backup', '--db', dbPath, '--out', out, '--passphrase', 'rahasia-sekali-2026']);
    expect(onLine.code).toBe(3);
    expect(onLine.stderr).toContain('tidak boleh ditulis di baris perintah');
    expect(onLine.stderr).toContain('never given on the command line');
    expect(onLine.stderr).not.toContain('rahasia-sekali-2026');
    const short = await runCli(['backup', '--db', dbPath, '--out', out], { env: { SIAPCAT_BACKUP_PASSPHRASE: 'pendek' } });
    expect(short.code).toBe(3);
    expect(short.stderr).toContain('too short');
    const none = await runCli(['backup', '--db', dbPath, '--out', out], { env: { SIAPCAT_BACKUP_PASSPHRASE: '' } });
    expect(none.stderr).toContain('No passphrase');

    const passFile = join(t.dir, 'frasa.txt');
    writeFileSync(passFile, `${PASS}\n`, { mode: 0o600 });
    const ok = await runCli(['backup', '--db', dbPath, '--out', out, '--passphrase-file', passFile]);
    expect(ok.code, ok.stderr).toBe(0);
    await stop(hub);
    const good = readFileSync(out);
    const target = join(t.dir, 'restored', 'siapcat.db');
    const attempt = async (bytes: Buffer | undefined, env: NodeJS.ProcessEnv = WITH_PASS) => {
      const file = join(t.dir, 'try.siapcat-backup');
      if (bytes) writeFileSync(file, bytes);
      const res = await runCli(['restore', file, '--db', target], { env });
      expect(res.code, `${res.stdout}\n${res.stderr}`).toBe(4);
      expect(existsSync(target), 'nothing is restored').toBe(false);
      expect(
        readdirSync(join(t.dir, 'restored')).filter((n) => !n.startsWith('.')),
        'no files left behind',
      ).toEqual([]);
      return res.stderr;
    };
    mkdirSync(join(t.dir, 'restored'));
    expect(await attempt(good, { SIAPCAT_BACKUP_PASSPHRASE: 'meja-tujuh-lampu-merah' })).toMatch(
      /Galat: Frasa sandi tidak cocok[\s\S]*Error: The passphrase does not fit/,
    );
    const changed = Buffer.from(good);
    const mid = Math.floor(good.length / 2);
    changed[mid] = good[mid]! ^ 0x40;
    expect(await attempt(changed)).toMatch(
      /Galat: Berkas cadangan .* rusak, terpotong, atau telah diubah[\s\S]*Error: The backup file .* damaged/,
    );
    expect(await attempt(good.subarray(0, good.length - 1000))).toContain('damaged, truncated or was altered');
    expect(await attempt(Buffer.from('NO PESERTA,NIK\n'.repeat(1000)))).toContain('is not a SiapCAT backup');
    writeFileSync(join(t.dir, 'try.siapcat-backup'), good);
    truncateSync(join(t.dir, 'try.siapcat-backup'), 9 * 1024 ** 3);
    expect(await attempt(undefined)).toContain('over the limit');
    expect(readdirSync(join(t.dir, 'restored')), 'no staging folder left').toEqual([]);

    // The good file still restores; a second restore onto it is refused without --force, and moves the old aside with it.
    const first = await runCli(['restore', out, '--db', target], { env: WITH_PASS });
    expect(first.code, first.stderr).toBe(0);
    const over = await runCli(['restore', out, '--db', target], { env: WITH_PASS });
    expect(over.code).toBe(4);
    expect(over.stderr).toContain('Sudah ada data di tujuan');
    expect(over.stderr).toContain('add --force');
    const forced = await runCli(['restore', out, '--db', target, '--force'], { env: WITH_PASS });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('The old file was kept as');
    expect(readdirSync(join(t.dir, 'restored')).filter((n) => n.includes('.before-restore-')).length).toBeGreaterThanOrEqual(2);

    // Never onto the database of a running hub, even with --force.
    const running = await spawnHub(target);
    hubs.push(running);
    const busy = await runCli(['restore', out, '--db', target, '--force'], { env: WITH_PASS });
    expect(busy.code).toBe(4);
    expect(busy.stderr).toMatch(/Hub \(proses \d+, sejak .*\) sedang memakai/);
    expect(busy.stderr).toContain('also with --force');
    await stop(running);
  }, 120_000);
});
