import type { SeatingImportResult } from '../../protocol/seating.js';
import { SEATING_BOUNDS } from '../../protocol/seating.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { recordChange } from '../http/audit-changes.js';
import { readFileBody } from '../http/json.js';
import { parseSeating } from './seating-file.js';
import { placeFromFile } from './seating.js';
import type { AgentHub } from './service.js';

const FILE = { id: 'penempatan PC', en: 'PC seating' };

/**
 * A `PC;ruang;kursi` file (CSV or XLSX, ≤ 1 MB) placing many PCs at once:
 * POST /api/seating/preview (what would change, nothing stored) and POST /api/seating (apply, audited).
 */
export function seatingRoutes(app: HubApp, hub: AgentHub): void {
  app.post('/api/seating/preview', requirePermission('seating.preview'), async (c) => {
    const parsed = await parseSeating(await readFileBody(c, SEATING_BOUNDS.maxBytes, 'seating-multipart', FILE), hub.venue.rooms());
    return c.json(placeFromFile(hub, parsed, false, c.get('user').username) satisfies SeatingImportResult);
  });

  app.post('/api/seating', requirePermission('machines.import'), async (c) => {
    const parsed = await parseSeating(await readFileBody(c, SEATING_BOUNDS.maxBytes, 'seating-multipart', FILE), hub.venue.rooms());
    return c.json(recordChange(c, () => placeFromFile(hub, parsed, true, c.get('user').username)) satisfies SeatingImportResult);
  });
}
