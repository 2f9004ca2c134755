import type { Feature } from '../feature.js';
import { createCustodyDeps, type CustodyDeps } from './deps.js';
import type { CustodyPorts, FleetPort } from './ports.js';
import { custodyRoutes } from './routes.js';
import { TrialRunner, type TrialTimings } from './trials.js';

export interface CustodyOptions {
  /** The other features' ports, asked for once the hub has started them. */
  ports: () => CustodyPorts & { fleet: FleetPort & { onTrialResult(listener: (agentId: string, m: Parameters<TrialRunner['onResult']>[1]) => void): void } };
  timings?: TrialTimings;
}

/**
 * Custody and rehearsal (Lampiran C.3.b.7.b, C.3.b.8.b): room seals, the BAST of the mobile server,
 * the recorded network trial and the power drill, each with who, when, what and its witnesses, in
 * the audit chain. Its own tables; the agents, venue and exam day only through ports.ts.
 */
export function custodyFeature(options: CustodyOptions): Feature & { readonly deps: CustodyDeps; readonly runner: TrialRunner } {
  let deps: CustodyDeps | undefined;
  let runner: TrialRunner | undefined;
  const need = () => {
    if (!deps || !runner) throw new Error('custody feature used before start');
    return { deps, runner };
  };
  return {
    name: 'custody',
    get deps() {
      return need().deps;
    },
    get runner() {
      return need().runner;
    },
    start(ctx) {
      const ports = options.ports();
      deps = createCustodyDeps(ctx, ports);
      const r = new TrialRunner(deps, options.timings);
      runner = r;
      ports.fleet.onTrialResult((agentId, m) => r.onResult(agentId, m));
      ctx.onClose(() => r.stop());
    },
    routes(app) {
      const n = need();
      custodyRoutes(app, n.deps, n.runner);
    },
  };
}
