import { join } from 'node:path';
import type { ShellSpec } from './session.js';

/**
 * Windows PowerShell 5.1 (present on every Windows 10/11 and Server 2012 R2+), started by its
 * full path from System32 so a powershell.exe in the current folder or PATH is never picked up.
 * Each script travels base64-encoded inside one fixed line: the scripts are constants of this
 * program, nothing typed by a user is ever put into them, and no quoting can break out.
 */
export function powerShellSpec(env: NodeJS.ProcessEnv = process.env): ShellSpec {
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows';
  const system32 = join(systemRoot, 'System32');
  return {
    file: join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', '-'],
    cwd: system32,
    env,
    wrap: wrapPowerShell,
  };
}

export function wrapPowerShell(script: string, marker: string): string {
  const encoded = Buffer.from(script, 'utf8').toString('base64');
  return (
    `[Console]::OutputEncoding = [Text.Encoding]::UTF8; ` +
    `try { & ([scriptblock]::Create([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${encoded}')))) } ` +
    `catch { '{"__error":' + (ConvertTo-Json ([string]$_.Exception.Message)) + '}' }; '${marker}'`
  );
}
