import { describe, expect, it } from 'vitest';
import { machineRow } from '../../testing/fixtures.js';
import { byRoom, checklistsOf, paperMeasured } from './report-data.js';

describe('report data', () => {
  it('groups machines by room in venue order, unplaced last, by seat', () => {
    const groups = byRoom(
      [
        machineRow({ id: 'PC-9', roomId: null, seat: null }),
        machineRow({ id: 'PC-3', roomId: 'R2', seat: 3 }),
        machineRow({ id: 'PC-2', roomId: 'R1', seat: 2 }),
        machineRow({ id: 'PC-1', roomId: 'R1', seat: 1 }),
      ],
      ['R1', 'R2'],
    );
    expect(groups.map(([room, list]) => [room, list.map((m) => m.id)])).toEqual([
      ['R1', ['PC-1', 'PC-2']],
      ['R2', ['PC-3']],
      [null, ['PC-9']],
    ]);
  });

  it('names each checklist once with its version and hash', () => {
    const a = machineRow({ id: 'A' });
    const b = machineRow({ id: 'B', checklist: { id: 'x/server', version: '1.1.0', sha256: 'b'.repeat(64) } });
    expect(checklistsOf([a, a, b, machineRow({ id: 'C', checklist: null })])).toEqual([
      `perbup-tanah-bumbu-73-2022/client@1.0.0 (${'a'.repeat(12)})`,
      `x/server@1.1.0 (${'b'.repeat(12)})`,
    ]);
  });

  it('prints no raw placeholders: a missing browser, an unread link speed, an unread CPU name', () => {
    expect(paperMeasured('Chrome – · Firefox –', 'id')).toBe('Chrome tidak ada · Firefox tidak ada');
    expect(paperMeasured('Chrome 141.0.1 · Chromium – · Firefox –', 'en')).toBe('Chrome 141.0.1 · Chromium none · Firefox none');
    expect(paperMeasured('? Mbps (eth0) · 1000 Mbps (eth1, Wi-Fi)', 'id')).toBe('kecepatan tidak terukur (eth0) · 1000 Mbps (eth1, Wi-Fi)');
    expect(paperMeasured('max 1.60 GHz · ?', 'id')).toBe('max 1.60 GHz · tidak terukur');
    expect(paperMeasured('8 GB · 2 slot', 'id')).toBe('8 GB · 2 slot');
    expect(paperMeasured('Windows 10 Pro 22H2 (build 19045)', 'en')).toBe('Windows 10 Pro 22H2 (build 19045)');
  });
});
