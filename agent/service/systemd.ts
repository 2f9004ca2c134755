import { existsSync } from 'node:fs';
import { runFile } from '../gather/run.js';
import type { Layout } from './layout.js';

/** systemd quotes: a word with spaces or quotes goes in double quotes, backslash-escaped. */
function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * The systemd unit of an installed agent: started at boot once the network is up, restarted
 * 10 s after any exit, as root (it reads hardware and keeps its key in a root-only folder), with
 * the filesystem read-only except its own state folder. No secret on the command line: the key is
 * read from the key file named in the settings file.
 */
export function systemdUnit(layout: Layout, command: readonly string[]): string {
  return [
    '[Unit]',
    'Description=SiapCAT agent (kesiapan PC ujian CAT / CAT exam PC readiness)',
    'Documentation=https://github.com/siapcat/siapcat#putting-the-agent-on-exam-pcs',
    'Wants=network-online.target',
    'After=network-online.target',
    'StartLimitIntervalSec=0',
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=${command.map(quote).join(' ')}`,
    'Restart=always',
    'RestartSec=10',
    'User=root',
    'UMask=0077',
    'Environment=SIAPCAT_LANG=id',
    'NoNewPrivileges=yes',
    'ProtectSystem=full',
    'ProtectHome=read-only',
    'PrivateTmp=yes',
    `ReadWritePaths=${quote(layout.stateDir)}`,
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}

/** True when systemd runs this machine (its own test: /run/systemd/system exists) and systemctl is there. */
export function systemdRuns(root = '/'): boolean {
  return existsSync(`${root.replace(/\/$/, '')}/run/systemd/system`);
}

export const systemctl = (args: string[]) => runFile('systemctl', args, { timeoutMs: 60_000 });
