import type { ProbeError } from '../../../protocol/snapshot.js';
import type { ShellSession } from './session.js';

export const PS_READY = "'siapcat-powershell-ready'";

/**
 * Asks the agent's PowerShell session to answer one constant line before any reading depends on
 * PowerShell. A PowerShell that is missing, blocked by policy, or a stub that exits at once (Wine)
 * gives the reason every PowerShell/WMI reading then carries; nothing is asked of it, so no child
 * process can hang or take the agent down.
 */
export async function powerShellReady(session: ShellSession, timeoutMs: number): Promise<ProbeError | undefined> {
  const out = await session.run(PS_READY, timeoutMs);
  if (out.ok && out.value.trim().endsWith('siapcat-powershell-ready')) return undefined;
  const why = out.ok ? `answered '${out.value.trim().slice(0, 80)}'` : out.error.detail ?? out.error.code;
  return { code: 'missing-tool', detail: `PowerShell did not start or answer (${why}); WMI readings need it` };
}
