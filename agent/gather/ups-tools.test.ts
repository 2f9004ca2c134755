import { describe, expect, it } from 'vitest';
import { findUpsTools, upsToolPlaces } from './ups-tools.js';

describe('where the UPS tools are looked for, per platform', () => {
  it('Linux: each PATH directory, nothing else', () => {
    expect(upsToolPlaces('linux', { PATH: '/usr/local/bin:/usr/bin::/sbin' })).toEqual({
      upsc: ['/usr/local/bin/upsc', '/usr/bin/upsc', '/sbin/upsc'],
      apcaccess: ['/usr/local/bin/apcaccess', '/usr/bin/apcaccess', '/sbin/apcaccess'],
    });
  });

  it('Windows: each Path directory (any case, quoted or not) with .exe, then the Windows builds’ install folders', () => {
    const env = {
      Path: 'C:\\Windows\\system32;"D:\\Alat UPS";;C:\\Windows',
      SystemDrive: 'D:',
      ProgramFiles: 'D:\\Program Files',
      'ProgramFiles(x86)': 'D:\\Program Files (x86)',
    };
    expect(upsToolPlaces('win32', env)).toEqual({
      upsc: [
        'C:\\Windows\\system32\\upsc.exe',
        'D:\\Alat UPS\\upsc.exe',
        'C:\\Windows\\upsc.exe',
        'D:\\Program Files (x86)\\NUT\\bin\\upsc.exe',
        'D:\\Program Files\\NUT\\bin\\upsc.exe',
        'D:\\NUT\\bin\\upsc.exe',
      ],
      apcaccess: [
        'C:\\Windows\\system32\\apcaccess.exe',
        'D:\\Alat UPS\\apcaccess.exe',
        'C:\\Windows\\apcaccess.exe',
        'D:\\apcupsd\\bin\\apcaccess.exe',
        'D:\\Program Files\\apcupsd\\bin\\apcaccess.exe',
        'D:\\Program Files (x86)\\apcupsd\\bin\\apcaccess.exe',
      ],
    });
    // A service started without an environment still looks in the default folders on C:.
    expect(upsToolPlaces('win32', {}).apcaccess).toEqual([
      'C:\\apcupsd\\bin\\apcaccess.exe',
      'C:\\Program Files\\apcupsd\\bin\\apcaccess.exe',
      'C:\\Program Files (x86)\\apcupsd\\bin\\apcaccess.exe',
    ]);
    // The same folder on Path and as a default is tried once.
    expect(
      upsToolPlaces('win32', { Path: 'C:\\apcupsd\\bin' }).apcaccess.filter((p) => p === 'C:\\apcupsd\\bin\\apcaccess.exe'),
    ).toHaveLength(1);
  });

  it('takes the first place that exists for each tool, and leaves out a tool found nowhere', async () => {
    const present = new Set(['C:\\apcupsd\\bin\\apcaccess.exe', 'C:\\Program Files\\apcupsd\\bin\\apcaccess.exe']);
    const asked: string[] = [];
    const exists = async (f: string) => {
      asked.push(f);
      return present.has(f);
    };
    await expect(findUpsTools('win32', { Path: 'C:\\Windows' }, exists)).resolves.toEqual({ apcaccess: 'C:\\apcupsd\\bin\\apcaccess.exe' });
    expect(asked).toContain('C:\\Program Files (x86)\\NUT\\bin\\upsc.exe');
    expect(asked).not.toContain('C:\\Program Files\\apcupsd\\bin\\apcaccess.exe');
    await expect(findUpsTools('linux', { PATH: '/nowhere' }, exists)).resolves.toEqual({});
  });
});
