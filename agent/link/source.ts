import type { ReadinessReport, Role } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import type { NetworkTrialInput, ReportSource } from './runner.js';

/**
 * The part of the agent's API (agent/index.ts: gathering and judging, the spec-audit work) that
 * the link and the simulator use. A snapshot is passed through untouched except for its network
 * trial, which the link fills with the throughput it measured over the hub connection.
 */
export interface Snapshotish {
  capturedAt: string;
  probes: Record<string, unknown>;
}

export interface AgentApi {
  gatherSnapshot(options?: { ping?: { hosts: string[] } }): Promise<Snapshotish>;
  judgeSnapshot(snapshot: Snapshotish, role: Role): ReadinessReport;
  parseSnapshot(text: string): Snapshotish;
}

/** Loads the agent's gathering and judging; a clear error when this build lacks them. */
export async function loadAgentApi(): Promise<AgentApi> {
  const specifier = new URL('../index.js', import.meta.url).href;
  try {
    return (await import(specifier)) as AgentApi;
  } catch (err) {
    throw new AppError(
      'agent-checks-missing',
      {
        id: 'Pemeriksaan perangkat (pembacaan dan penilaian PC) tidak ada di versi SiapCAT ini. Pasang versi lengkap SiapCAT.',
        en: 'The hardware checks (reading and judging the PC) are not in this SiapCAT build. Install the complete SiapCAT.',
      },
      { exitCode: 5, cause: err },
    );
  }
}

/**
 * A check of this PC: gather (with the ping trial to its server and to the hub), add the
 * throughput measured over the hub link, judge for the role.
 */
export function reportSourceFrom(api: AgentApi): ReportSource {
  return async (input: NetworkTrialInput) => {
    const hosts = [input.serverHost, input.hubHost].filter((h): h is string => h !== null && h !== '');
    const snapshot = await api.gatherSnapshot(hosts.length > 0 ? { ping: { hosts: [...new Set(hosts)] } } : {});
    const network = (snapshot.probes.network as { trials?: unknown[] } | undefined) ?? { trials: [] };
    snapshot.probes.network = { trials: network.trials ?? [], throughput: input.throughput };
    return api.judgeSnapshot(snapshot, input.role);
  };
}

export async function loadReportSource(): Promise<ReportSource> {
  return reportSourceFrom(await loadAgentApi());
}
