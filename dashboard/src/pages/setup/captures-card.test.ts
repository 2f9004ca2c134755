import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { FakeCall } from '../../testing/fake-hub.js';
import { venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

const check = (id: string, status: 'pass' | 'fail' | 'unknown', title: string) => ({
  id,
  status,
  measured: status === 'unknown' ? null : '2 GB',
  expected: '≥ 4 GB',
  clause: 'C.4.b.2.a(5)',
  level: 'rekomendasi',
  title: { id: title, en: title },
  ...(status === 'fail' ? { failTitle: { id: `${title} kurang`, en: `${title} too low` } } : {}),
  ...(status === 'unknown' ? { reason: { id: 'tidak bisa dibaca', en: 'not readable' } } : {}),
});
const record = (id: number, fileName: string, host: string) => ({
  id,
  fileName,
  host,
  role: 'client',
  source: 'capture',
  capturedAt: '2026-12-03T02:35:02.000Z',
  importedAt: '2026-12-03T03:00:00.000Z',
  importedBy: 'admin',
  verdict: 'not-ready',
  counts: { pass: 1, warn: 0, fail: 1, unknown: 1 },
  report: {
    role: 'client',
    verdict: 'not-ready',
    checklist: { id: 'perbup-tanah-bumbu-73-2022', version: '1.0.0', sha256: 'e'.repeat(64) },
    gatheredAt: '2026-12-03T02:35:02.000Z',
    checks: [
      check('os-supported', 'pass', 'Sistem operasi'),
      check('ram-size', 'fail', 'RAM'),
      check('display-size', 'unknown', 'Ukuran monitor'),
    ],
  },
});

const routes = () => {
  const stored: unknown[] = [];
  return {
    'GET /api/venue': { body: venueState([{ id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 2, cols: 2 }]) },
    'GET /api/users': { body: { users: [] } },
    'GET /api/machines': { body: { machines: [] } },
    'GET /api/captures': () => ({ body: { captures: [...stored].reverse() } }),
    // The hub judges each file; here a capture is accepted and anything else refused as the hub does.
    'POST /api/captures': (call: FakeCall) => {
      const name = new URL(call.path, 'http://hub.test').searchParams.get('name') ?? '';
      if (name.endsWith('-siapcat.txt')) {
        const made = record(stored.length + 1, name, name.replace('-siapcat.txt', ''));
        stored.push(made);
        return { status: 201, body: made };
      }
      return {
        status: 400,
        body: {
          error: {
            code: 'bad-capture',
            message: `${name}: Berkas ini bukan tangkapan PC maupun snapshot SiapCAT.`,
            en: `${name}: This file is neither a PC capture nor a SiapCAT snapshot.`,
          },
        },
      };
    },
    'DELETE /api/captures/1': { status: 204 },
  };
};

/** Drops files on the drop zone the way a browser does: a DragEvent carrying a DataTransfer. */
function drop(files: File[]): void {
  const card = document.querySelector('siap-app')!.shadowRoot!.querySelector('main') ?? document;
  const zone = findDeep(card, '[data-drop]');
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

function findDeep(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = findDeep(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null as unknown as Element;
}

describe('Pengaturan > PC lama: capture files dropped on the dashboard', () => {
  it('sends each dropped file to the hub one by one and lists each result or refusal, then the files judged so far', async () => {
    mounted = await mountApp('/pengaturan', routes());
    await expect.element(page.getByText('Seret berkas atau folder ke sini')).toBeVisible();
    await expect.element(page.getByText('Belum ada berkas.')).toBeVisible();
    const utf16 = new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0x49, 0x00]);
    drop([
      new File([utf16], 'LAB-LAMA-03-siapcat.txt'),
      new File(['SIAPCAT'], 'LAB2-PC07-siapcat.txt'),
      new File(['%PDF-1.7'], 'surat.pdf', { type: 'application/pdf' }),
    ]);
    const results = page.getByRole('list', { name: 'Hasil unggahan ini' });
    await expect.element(results.getByText(/surat\.pdf: ditolak — Berkas ini bukan tangkapan PC/)).toBeVisible();
    await expect.element(results.getByText(/LAB-LAMA-03-siapcat\.txt: dinilai/)).toBeVisible();
    const posts = mounted.hub.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/api/captures'));
    expect(posts.map((c) => new URL(c.path, 'http://hub.test').searchParams.get('name'))).toEqual([
      'LAB-LAMA-03-siapcat.txt',
      'LAB2-PC07-siapcat.txt',
      'surat.pdf',
    ]);
    expect(posts.every((c) => new URL(c.path, 'http://hub.test').searchParams.get('role') === 'client')).toBe(true);
    // The file itself is the body: the hub reads its bytes (UTF-16 as the capture scripts write it).
    expect(posts[0]!.body).toBeInstanceOf(File);
    expect(new Uint8Array(await (posts[0]!.body as File).arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0xff, 0xfe]));
    const row = page.getByRole('row').filter({ hasText: 'LAB2-PC07-siapcat.txt' });
    await expect.element(row).toHaveTextContent(/✗ RAM kurang/);
    await expect.element(row).toHaveTextContent(/\? Ukuran monitor/);
    await expect.element(row).toHaveTextContent(/03\/12\/2026/);
    await snap('captures-dropped-id');
  });

  it('judges as the chosen role, and a file over 8 MB is refused in the browser without being sent', async () => {
    mounted = await mountApp('/pengaturan', routes(), { lang: 'en' });
    await page.getByRole('combobox', { name: 'Judge as' }).selectOptions('server');
    drop([new File([new Uint8Array(9 * 1024 * 1024)], 'huge-siapcat.txt'), new File(['x'], 'SRV-1-siapcat.txt')]);
    await expect.element(page.getByText(/huge-siapcat\.txt: refused — The file is too large/)).toBeVisible();
    await expect.element(page.getByText(/SRV-1-siapcat\.txt: judged/)).toBeVisible();
    const posts = mounted.hub.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => new URL(c.path, 'http://hub.test').searchParams.get('role'))).toEqual(['server']);
    window.confirm = () => true;
    await page.getByRole('row').filter({ hasText: 'SRV-1-siapcat.txt' }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => mounted!.hub.calls.some((c) => c.method === 'DELETE' && c.path === '/api/captures/1')).toBe(true);
    await snap('captures-dropped-en');
  });
});
