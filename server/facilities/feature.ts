import { recordChange } from '../http/audit-changes.js';
import { AppError } from '../../protocol/errors.js';
import {
  FacilityTickSchema,
  type FacilitiesResponse,
  type FacilityItem,
  type FacilityRow,
  type FacilitySummary,
} from '../../protocol/facilities.js';
import type { HubContext } from '../context.js';
import { requirePermission } from '../auth/permissions.js';
import type { Feature } from '../feature.js';
import { readJson } from '../http/json.js';
import { FacilityStore } from './store.js';
import { facilitySummary } from './summary.js';

export interface FacilitiesOptions {
  /** The manual items of the checklist (checklists/ owns them), in the order to show them. */
  items: readonly FacilityItem[];
}

/** Only the fields the API promises, whatever else the checklist's items carry. */
function wireItem(item: FacilityItem): FacilityItem {
  const out: FacilityItem = { id: item.id, clause: item.clause, title: item.title };
  if (item.level) out.level = item.level;
  if (item.verify) out.verify = item.verify;
  return out;
}

function unknownItem(id: string): AppError {
  return new AppError(
    'facility-unknown',
    {
      id: `Item fasilitas '${id}' tidak ada di daftar periksa. Muat ulang halaman untuk daftar terbaru.`,
      en: `Facility item '${id}' is not in the checklist. Reload the page for the current list.`,
    },
    { status: 404 },
  );
}

/**
 * The facility checklist of the venue: GET /api/facilities (items with their ticks and the
 * summary), GET /api/facilities/summary, PUT /api/facilities/:id {status, note} (who = the
 * logged-in user, when = the hub's clock), DELETE /api/facilities/:id (back to unchecked).
 * Every change is published on the live channel as 'facilities' and 'readiness'.
 */
export function facilitiesFeature(options: FacilitiesOptions): Feature & { summary(ctx: HubContext): FacilitySummary } {
  const items = options.items.map(wireItem);
  const byId = new Map(items.map((item) => [item.id, item]));
  if (byId.size !== items.length) throw new Error('facility items: duplicate id');
  return {
    name: 'facilities',
    summary: (ctx) => facilitySummary(items, new FacilityStore(ctx.db).all()),
    routes(app, ctx) {
      const store = new FacilityStore(ctx.db);
      const rows = (): FacilitiesResponse => {
        const entries = store.all();
        return {
          items: items.map((item) => ({ ...item, entry: entries.get(item.id) ?? null })),
          summary: facilitySummary(items, entries),
        };
      };
      const changed = () => ctx.changes.publish({ topics: ['facilities', 'readiness'] });

      app.get('/api/facilities', requirePermission('facilities.read'), (c) => c.json(rows()));
      app.get('/api/facilities/summary', requirePermission('facilities.read'), (c) => c.json(facilitySummary(items, store.all())));

      app.put('/api/facilities/:id', requirePermission('facilities.record'), async (c) => {
        const item = byId.get(c.req.param('id'));
        if (!item) throw unknownItem(c.req.param('id'));
        const tick = await readJson(c, FacilityTickSchema, { id: 'Isian fasilitas', en: 'Facility entry' });
        const entry = recordChange(c, () =>
          store.tick(item.id, { ...tick, note: tick.note.trim() }, c.get('user').username, ctx.clock.now().toISOString()),
        );
        ctx.log.info('facilities.tick', { item: item.id, status: entry.status, by: entry.by });
        changed();
        const row: FacilityRow = { ...item, entry };
        return c.json(row);
      });

      app.delete('/api/facilities/:id', requirePermission('facilities.record'), (c) => {
        const item = byId.get(c.req.param('id'));
        if (!item) throw unknownItem(c.req.param('id'));
        if (recordChange(c, () => store.clear(item.id))) {
          ctx.log.info('facilities.clear', { item: item.id, by: c.get('user').username });
          changed();
        }
        return c.body(null, 204);
      });
    },
  };
}
