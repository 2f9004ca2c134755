import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { locale } from '../i18n/locale.js';
import { installGlobalStyles } from './global-styles.js';
import type { FileImportAnswer, FileImportSetup } from './file-import.js';
import './file-import.js';

beforeAll(() => installGlobalStyles());
afterEach(() => {
  document.body.replaceChildren();
  locale.setLang('id');
});

const answer: FileImportAnswer = {
  rejected: [
    { line: 3, participantNumber: '24300110120000012', reason: 'NIK rusak oleh Excel (6,31E+15).', en: 'NIK broken by Excel (6.31E+15).' },
    { line: 7, participantNumber: null, reason: 'Nomor peserta kosong.', en: 'Participant number is empty.' },
  ],
};

function mount(upload: (file: File) => Promise<FileImportAnswer>) {
  const sent: File[] = [];
  const heard: unknown[] = [];
  const setup: FileImportSetup<FileImportAnswer> = {
    title: { id: 'Impor uji', en: 'Test import' },
    lead: { id: 'Unggah berkasnya.', en: 'Upload the file.' },
    fileLabel: { id: 'Berkas uji', en: 'Test file' },
    button: { id: 'Impor', en: 'Import' },
    chooseFile: { id: 'Pilih berkas dulu.', en: 'Choose a file first.' },
    upload: (file) => (sent.push(file), upload(file)),
    success: (r) => ({ id: `Selesai, ${r.rejected.length} ditolak.`, en: `Done, ${r.rejected.length} refused.` }),
    rejectedNote: (n) => ({ id: `${n} baris ditolak.`, en: `${n} rows refused.` }),
  };
  const el = Object.assign(document.createElement('siap-file-import'), { setup });
  // The wrapper (roster, results) listens on its own element: the event crosses the shadow root.
  const host = document.createElement('div');
  host.addEventListener('imported', (e) => heard.push((e as CustomEvent).detail));
  host.append(el);
  document.body.append(host);
  return { sent, heard };
}

async function pick(name: string, bytes: BlobPart) {
  await expect.element(page.getByLabelText('Berkas uji')).toBeVisible();
  const input = page.getByLabelText('Berkas uji').element() as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
}

describe('the shared file import (rosters, results)', () => {
  it('asks for a file first, then sends it as it is and lists every refused row by its row number', async () => {
    const { sent, heard } = mount(async () => answer);
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('Pilih berkas dulu.')).toBeVisible();
    expect(sent).toEqual([]);
    await pick('peserta.csv', 'NOMOR PESERTA;NIK\n');
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('Selesai, 2 ditolak.')).toBeVisible();
    await expect.element(page.getByText('2 baris ditolak.')).toBeVisible();
    expect(sent.map((f) => f.name)).toEqual(['peserta.csv']);
    expect(heard).toEqual([answer]);
    await expect.element(page.getByRole('row').filter({ hasText: 'rusak oleh Excel' })).toHaveTextContent(/^3\s*24300110120000012/);
    await expect.element(page.getByRole('row').filter({ hasText: 'Nomor peserta kosong' })).toHaveTextContent(/^7/);
    locale.setLang('en');
    await expect.element(page.getByRole('row').filter({ hasText: 'Participant number is empty.' })).toBeVisible();
    await expect.element(page.getByText('Row', { exact: true })).toBeVisible();
  });

  it("shows the hub's refusal of the whole file, and no rows from an earlier answer", async () => {
    let refuse = false;
    const { heard } = mount(async () => {
      if (refuse) throw new Error('Berkas .xls (Excel 97-2003) tidak didukung.');
      return answer;
    });
    await pick('a.csv', 'x');
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('2 baris ditolak.')).toBeVisible();
    refuse = true;
    await pick('lama.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    await page.getByRole('button', { name: 'Impor' }).click();
    await expect.element(page.getByText('Berkas .xls (Excel 97-2003) tidak didukung.', { exact: false })).toBeVisible();
    expect(page.getByRole('row').elements()).toEqual([]);
    expect(heard).toHaveLength(1);
  });
});
