import { join, win32 } from 'node:path';

/** Where an installed agent keeps its program, settings, key, status and log, and its start-up entry. */
export interface Layout {
  platform: 'linux' | 'win32';
  /** The installed program (a copy of the single file). */
  program: string;
  /** Settings, status and log: no secret. Linux: root only (0700). Windows: SYSTEM and Administrators. */
  stateDir: string;
  config: string;
  status: string;
  log: string;
  /** The key folder and file. Linux: 0700/0600 root. Windows: SYSTEM only. */
  keyDir: string;
  keyFile: string;
  /** Linux: the systemd unit file. Windows: the scheduled task's XML, kept for inspection. */
  unit: string;
  /** The systemd unit or scheduled task name. */
  serviceName: string;
}

export const SERVICE_NAME = 'siapcat-agent';
export const WINDOWS_TASK_NAME = 'SiapCAT Agent';

/**
 * The fixed places of an installed agent. `root` prefixes every Linux path (SIAPCAT_INSTALL_ROOT:
 * packaging into an image, and tests); on Windows the folders come from the environment.
 */
export function layoutFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Layout {
  if (platform === 'win32') {
    const data = win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'SiapCAT', 'agent');
    const programs = win32.join(env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files', 'SiapCAT');
    const keyDir = win32.join(data, 'keys');
    return {
      platform: 'win32',
      program: win32.join(programs, 'siapcat-agent.exe'),
      stateDir: data,
      config: win32.join(data, 'agent.json'),
      status: win32.join(data, 'status.json'),
      log: win32.join(data, 'agent.log'),
      keyDir,
      keyFile: win32.join(keyDir, 'agent-keys.json'),
      unit: win32.join(data, 'task.xml'),
      serviceName: WINDOWS_TASK_NAME,
    };
  }
  const root = env.SIAPCAT_INSTALL_ROOT ?? '/';
  const state = join(root, 'var', 'lib', 'siapcat');
  const keyDir = join(state, 'keys');
  return {
    platform: 'linux',
    program: join(root, 'usr', 'local', 'lib', 'siapcat', 'siapcat-agent'),
    stateDir: state,
    config: join(state, 'agent.json'),
    status: join(state, 'status.json'),
    log: join(state, 'agent.log'),
    keyDir,
    keyFile: join(keyDir, 'agent-keys.json'),
    unit: join(root, 'etc', 'systemd', 'system', `${SERVICE_NAME}.service`),
    serviceName: SERVICE_NAME,
  };
}
