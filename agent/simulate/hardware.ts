import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadinessReport, Role, Verdict } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import { AGENT_API, type AgentApi } from '../link/source.js';
import { weighted } from './prng.js';
import type { HardwareSource, Machine } from './simulator.js';

/** Snapshots of real machines (test/fixtures/machines), whether run from sources or from dist/. */
export function defaultFixturesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', '..', 'test', 'fixtures', 'machines'), join(here, '..', '..', '..', 'test', 'fixtures', 'machines')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/** How a simulated venue's machines fall: mostly compliant, some failing, some not fully readable. */
export const MIX: Record<Verdict, number> = { ready: 80, 'not-ready': 12, incomplete: 8 };

/**
 * Simulated hardware from captured snapshots, each judged by the real checklist for the role:
 * a machine is drawn by verdict (MIX), then a snapshot with that verdict. A verdict no fixture
 * gives for the role is left out of the draw.
 */
export function fixtureHardware(api: AgentApi, files: ReadonlyArray<{ name: string; text: string }>): HardwareSource {
  const judged = new Map<Role, Map<Verdict, Array<{ name: string; report: ReadinessReport }>>>();
  const snapshots = files.map((f) => ({ name: f.name, snapshot: api.parseSnapshot(f.text) }));
  const forRole = (role: Role) => {
    let byVerdict = judged.get(role);
    if (!byVerdict) {
      byVerdict = new Map();
      for (const { name, snapshot } of snapshots) {
        const report = api.judgeSnapshot(snapshot, role);
        const list = byVerdict.get(report.verdict) ?? [];
        list.push({ name, report });
        byVerdict.set(report.verdict, list);
      }
      judged.set(role, byVerdict);
    }
    return byVerdict;
  };
  return {
    machine(role, rng): Machine {
      const byVerdict = forRole(role);
      const verdict = weighted(
        rng,
        (Object.entries(MIX) as Array<[Verdict, number]>).filter(([v]) => byVerdict.has(v)),
      );
      const options = byVerdict.get(verdict)!;
      const pick = options[Math.floor(rng() * options.length)]!;
      return {
        name: pick.name,
        report: (at) => ({ ...pick.report, gatheredAt: at.toISOString() }),
      };
    },
  };
}

export function readFixtures(dir: string): Array<{ name: string; text: string }> {
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (names.length === 0) {
    throw new AppError(
      'no-fixtures',
      {
        id: `Tidak ada snapshot mesin (*.json) di ${dir}. Tunjuk folder snapshot dengan --fixtures.`,
        en: `No machine snapshots (*.json) in ${dir}. Point --fixtures at a folder of snapshots.`,
      },
      { exitCode: 4 },
    );
  }
  return names.map((f) => ({ name: basename(f, '.json'), text: readFileSync(join(dir, f), 'utf8') }));
}

export async function loadFixtureHardware(dir: string | undefined): Promise<HardwareSource> {
  return fixtureHardware(AGENT_API, readFixtures(dir ?? defaultFixturesDir()));
}
