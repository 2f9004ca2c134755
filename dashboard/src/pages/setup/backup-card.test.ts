import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { venueState } from '../../testing/fixtures.js';
import { mountApp } from '../../testing/mount.js';
import { snap } from '../../testing/snap.js';

let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
const click = HTMLAnchorElement.prototype.click;
const saved: string[] = [];
afterEach(() => {
  mounted?.unmount();
  HTMLAnchorElement.prototype.click = click;
  saved.length = 0;
});

const NAME = 'siapcat-20261122-230000Z.siapcat-backup';
const routes = (answer: { status?: number; body?: unknown; headers?: Record<string, string> }) => ({
  'GET /api/venue': { body: venueState([{ id: 'R1', name: 'Ruang 1', kind: 'ruang-tes', rows: 2, cols: 2 }]) },
  'GET /api/enrollment': { status: 403, body: { error: { code: 'forbidden', message: 'x', en: 'x' } } },
  'GET /api/machines': { body: { machines: [] } },
  'GET /api/users': { body: { users: [] } },
  'POST /api/backup': answer,
});

describe('Pengaturan > Cadangan', () => {
  it('checks the passphrase twice, then downloads the file the hub made under its name', async () => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    mounted = await mountApp(
      '/pengaturan',
      routes({
        body: new Blob([new Uint8Array([83, 73, 65, 80])], { type: 'application/octet-stream' }),
        headers: { 'content-disposition': `attachment; filename="${NAME}"` },
      }),
    );
    const card = page.getByRole('button', { name: 'Unduh cadangan' });
    await expect.element(card).toBeVisible();
    await page.getByLabelText('Frasa sandi (min. 12 karakter)').fill('pendek');
    await page.getByLabelText('Ulangi frasa sandi').fill('pendek');
    await card.click();
    await expect.element(page.getByText('Frasa sandi minimal 12 karakter; beberapa kata acak paling baik.')).toBeVisible();
    await page.getByLabelText('Frasa sandi (min. 12 karakter)').fill('kuda lari di pantai');
    await page.getByLabelText('Ulangi frasa sandi').fill('kuda lari di pantai!');
    await card.click();
    await expect.element(page.getByText('Kedua frasa sandi tidak sama. Ketik ulang keduanya.')).toBeVisible();
    expect(mounted.hub.calls.filter((c) => c.path === '/api/backup')).toEqual([]);

    await page.getByLabelText('Ulangi frasa sandi').fill('kuda lari di pantai');
    await card.click();
    await expect.element(page.getByText(`Cadangan ${NAME} diunduh.`, { exact: false })).toBeVisible();
    expect(saved).toEqual([NAME]);
    expect(mounted.hub.calls.find((c) => c.path === '/api/backup')).toMatchObject({
      method: 'POST',
      body: { passphrase: 'kuda lari di pantai' },
    });
    await snap('setup-backup-id');
  });

  it("shows the hub's bilingual refusal (another backup running)", async () => {
    mounted = await mountApp(
      '/pengaturan',
      routes({
        status: 409,
        body: {
          error: {
            code: 'backup-running',
            message: 'Cadangan lain sedang dibuat. Tunggu sampai unduhan itu selesai, lalu coba lagi.',
            en: 'Another backup is being made. Wait until that download finishes, then try again.',
          },
        },
      }),
    );
    await page.getByLabelText('Frasa sandi (min. 12 karakter)').fill('kuda lari di pantai');
    await page.getByLabelText('Ulangi frasa sandi').fill('kuda lari di pantai');
    await page.getByRole('button', { name: 'Unduh cadangan' }).click();
    await expect.element(page.getByText('Cadangan lain sedang dibuat.', { exact: false })).toBeVisible();
  });
});
