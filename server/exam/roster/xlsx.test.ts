import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkExpandedSize, parseXlsx } from './xlsx.js';

describe('XLSX guard', () => {
  it('refuses an archive that would expand beyond the limit, without expanding it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect(() => checkExpandedSize(bomb, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'roster-too-large', status: 413 }));
    expect(() => checkExpandedSize(bomb, 4 * 1024 * 1024)).not.toThrow();
    await expect(parseXlsx(bomb, 1024 * 1024)).rejects.toMatchObject({ code: 'roster-too-large' });
  });

  it('refuses a damaged archive with a reason', () => {
    expect(() => checkExpandedSize(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow(
      expect.objectContaining({ code: 'roster-unreadable' }),
    );
  });
});
