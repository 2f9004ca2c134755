import { rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../protocol/errors.js';
import { runFile } from '../gather/run.js';
import type { Outcome } from '../gather/timeout.js';
import type { Layout } from './layout.js';
import { systemctl, systemdRuns, systemdUnit } from './systemd.js';
import { aclCommands, utf16File, windowsTaskXml } from './windows-task.js';

/** What `install`, `status` and `uninstall` ask of the operating system's start-up machinery. */
export interface ServiceManager {
  /** Writes the start-up entry and starts the agent; throws an AppError saying what to do when it cannot. */
  register(command: readonly string[], version: string): Promise<void>;
  /** Whether the start-up entry is registered, and whether the manager says it runs (null: cannot tell). */
  state(): Promise<{ registered: boolean; active: boolean | null }>;
  /** Stops the agent and removes the start-up entry (quietly when there is none). */
  unregister(): Promise<void>;
  /** Tightens the state and key folders after they are written (Windows ACL; Linux modes are set on write). */
  lockDown(): Promise<void>;
}

const failed = (what: string, out: Outcome<string>) =>
  new AppError(
    'service-failed',
    {
      id: `${what} gagal (${out.ok ? '' : out.error.detail}). Jalankan sebagai Administrator/root dan ulangi.`,
      en: `${what} failed (${out.ok ? '' : out.error.detail}). Run as Administrator/root and try again.`,
    },
    { exitCode: 5 },
  );

export const noSystemd = (layout: Layout, command: readonly string[]) =>
  new AppError(
    'no-systemd',
    {
      id: `systemd tidak berjalan di PC ini, jadi agen tidak bisa didaftarkan sebagai layanan. Kunci dan pengaturan sudah disimpan (${layout.stateDir}) dan berkas unit ditulis ke ${layout.unit}. Jalankan agen dengan cara start-up sistem ini: ${command.join(' ')}`,
      en: `systemd does not run this PC, so the agent cannot be registered as a service. Its key and settings are saved (${layout.stateDir}) and the unit file is written to ${layout.unit}. Start the agent with this system's own start-up mechanism: ${command.join(' ')}`,
    },
    { exitCode: 5 },
  );

export function linuxManager(layout: Layout, env: NodeJS.ProcessEnv): ServiceManager {
  const root = env.SIAPCAT_INSTALL_ROOT ?? '/';
  const name = `${layout.serviceName}.service`;
  return {
    async register(command) {
      mkdirSync(dirname(layout.unit), { recursive: true });
      writeFileSync(layout.unit, systemdUnit(layout, command), { mode: 0o644 });
      chmodSync(layout.unit, 0o644);
      if (!systemdRuns(root)) throw noSystemd(layout, command);
      for (const args of [['daemon-reload'], ['enable', name], ['restart', name]]) {
        const out = await systemctl(args);
        if (!out.ok) throw failed(`systemctl ${args.join(' ')}`, out);
      }
    },
    async state() {
      if (!systemdRuns(root)) return { registered: false, active: null };
      const enabled = await systemctl(['is-enabled', name]);
      const active = await systemctl(['is-active', name]);
      return { registered: enabled.ok, active: active.ok };
    },
    async unregister() {
      if (systemdRuns(root)) await systemctl(['disable', '--now', name]);
      rmSync(layout.unit, { force: true });
      if (systemdRuns(root)) await systemctl(['daemon-reload']);
    },
    async lockDown() {},
  };
}

export function windowsManager(layout: Layout): ServiceManager {
  const schtasks = (args: string[]) => runFile('schtasks.exe', args, { timeoutMs: 60_000 });
  return {
    async register(command, version) {
      mkdirSync(dirname(layout.unit), { recursive: true });
      writeFileSync(layout.unit, utf16File(windowsTaskXml(layout, command, version)));
      const created = await schtasks(['/Create', '/TN', layout.serviceName, '/XML', layout.unit, '/F']);
      if (!created.ok) throw failed('schtasks /Create', created);
      const started = await schtasks(['/Run', '/TN', layout.serviceName]);
      if (!started.ok) throw failed('schtasks /Run', started);
    },
    async state() {
      const query = await schtasks(['/Query', '/TN', layout.serviceName]);
      return { registered: query.ok, active: null };
    },
    async unregister() {
      await schtasks(['/End', '/TN', layout.serviceName]);
      await schtasks(['/Delete', '/TN', layout.serviceName, '/F']);
    },
    async lockDown() {
      for (const { file, args } of aclCommands(layout)) {
        const out = await runFile(file, args, { timeoutMs: 30_000 });
        if (!out.ok) throw failed(`icacls ${args[0]}`, out);
      }
    },
  };
}

export function managerFor(layout: Layout, env: NodeJS.ProcessEnv): ServiceManager {
  return layout.platform === 'win32' ? windowsManager(layout) : linuxManager(layout, env);
}
