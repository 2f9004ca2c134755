import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSnapshot } from '../judge.js';
import { parseSnapshot } from '../snapshot.js';
import { renderTable, reportJson, TABLE_WIDTH } from './render.js';

const report = (name: string, role: 'client' | 'server' | 'mobile-server') =>
  judgeSnapshot(parseSnapshot(readFileSync(join(import.meta.dirname, '../../test/fixtures/machines', name), 'utf8')), role);

const ctx = { timeZone: 'Asia/Makassar', trialRan: false, exitCode: 1, host: 'PC-R3-044' };

describe('renderTable', () => {
  it('fits every line in 100 columns, in both languages, for every fixture and role', () => {
    for (const name of ['windows10-timeouts.json', 'windows10-laptop.json', 'linux-kvm-headless.json', 'windows-server-2019.json']) {
      for (const role of ['client', 'server', 'mobile-server'] as const) {
        for (const lang of ['id', 'en'] as const) {
          const long = { ...ctx, lang, snapshotFile: 'D:\\audit\\Lokasi CAT Batulicin\\ruang-2\\PC-R2-031-snapshot-18-11-2026.json' };
          for (const line of renderTable(report(name, role), long).split('\n')) {
            expect([...line].length, line).toBeLessThanOrEqual(TABLE_WIDTH);
          }
        }
      }
    }
  });

  it('speaks Indonesian by default: statuses, reasons, the verdict, dd/mm/yyyy in the venue zone', () => {
    const text = renderTable(report('windows10-timeouts.json', 'client'), { ...ctx, lang: 'id', trialRan: true });
    expect(text).toContain('STATUS      PEMERIKSAAN');
    expect(text).toMatch(/^BELUM BISA +Kecepatan prosesor/m);
    expect(text).toMatch(/Sebab: Pembacaan melewati batas waktu \(si\.cpu > 15000 ms\)\./);
    expect(text).toMatch(/^GAGAL {7}Peramban/m);
    expect(text).toContain('18/11/2026 10.00 WITA');
    expect(text).toMatch(/Hasil: BELUM SIAP — 2 gagal, 9 belum bisa dinilai, 0 peringatan, 2 lulus \(kode keluar 1\)/);
    expect(text).not.toContain('--ping ALAMAT_HUB');
  });

  it('speaks English with --lang en and says how to run the network trial', () => {
    const text = renderTable(report('windows11-desktop.json', 'client'), { ...ctx, lang: 'en', exitCode: 0 });
    expect(text).toMatch(/^PASS {8}Processor speed {10}2\.5 GHz/m);
    expect(text).toContain('Result: READY — 0 failed, 0 not judged yet, 0 warnings, 11 passed (exit code 0)');
    expect(text).toContain('add --ping HUB_ADDRESS');
  });
});

describe('reportJson', () => {
  it('holds exactly role, verdict, checklist and checks, with texts in the chosen language', () => {
    const json = reportJson(report('windows10-laptop.json', 'client'), 'en') as Record<string, any>;
    expect(Object.keys(json)).toEqual(['role', 'verdict', 'checklist', 'checks']);
    const cpu = json.checks.find((c: any) => c.id === 'cpu-speed');
    expect(cpu).toEqual({
      id: 'cpu-speed',
      status: 'fail',
      measured: '1.6 GHz · Intel Core i5-8265U',
      expected: '≥ 2.0 GHz',
      clause: 'Lampiran C.4.b.2.a(1)',
      title: 'Processor speed',
      level: 'rekomendasi',
      reason: 'Base clock 1.6 GHz is below 2.0 GHz.',
      fix: 'Replace this PC with one whose processor meets the requirement, or move it to another role.',
    });
    const mouse = (reportJson(report('windows10-laptop.json', 'client'), 'id') as Record<string, any>).checks.find(
      (c: any) => c.id === 'pointing-device',
    );
    expect(mouse).toMatchObject({
      title: 'Mouse',
      measured: 'USB: HID-compliant mouse · bawaan: HID-compliant mouse',
      expected: 'mouse eksternal ≥ 1',
    });
  });
});
