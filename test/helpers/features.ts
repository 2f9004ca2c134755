import { authFeature } from '../../server/auth/feature.js';
import type { Feature } from '../../server/feature.js';
import type { AgentHubOptions } from '../../server/agents/service.js';
import type { LiveOptions } from '../../server/live/channel.js';
import { venueHubFeature } from '../../server/venue-hub.js';

/**
 * The hub's features with short timings, for tests that must see offline detection, hello
 * deadlines or coalescing happen within a second or two instead of the production minutes.
 */
export function fastFeatures(agents: Partial<AgentHubOptions> = {}, live: Partial<LiveOptions> = {}): { features: Feature[] } {
  return {
    features: [
      authFeature(),
      venueHubFeature({
        agents: { heartbeatMs: 200, offlineAfterMs: 800, missingAfterMs: 600, helloTimeoutMs: 2000, ...agents },
        live: { coalesceMs: 50, ...live },
        sweepCron: '* * * * * *',
        watchCron: '* * * * * *',
        flushCron: '* * * * * *',
        yieldCron: '* * * * * *',
      }),
    ],
  };
}
