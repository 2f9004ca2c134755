import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linuxBrowsersProbe } from './browsers.js';
import { dpkgVersion, upstreamVersion, versionFromFiles } from './browser-version.js';

const STATUS = `Package: chromium
Status: install ok installed
Version: 150.0.7871.100-1~deb12u1

Package: firefox
Status: install ok installed
Version: 1:1snap1-0ubuntu5

Package: firefox-esr
Status: deinstall ok config-files
Version: 115.6.0esr-1~deb12u1

Package: google-chrome-stable
Status: install ok installed
Version: 131.0.6778.85-1
`;

const root = mkdtempSync(join(tmpdir(), 'siapcat-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('browser versions from files', () => {
  it('strips the epoch and Debian revision, and refuses transitional snap packages', () => {
    expect(upstreamVersion('150.0.7871.100-1~deb12u1')).toBe('150.0.7871.100');
    expect(upstreamVersion('140.12.0esr-1~deb12u1')).toBe('140.12.0esr');
    expect(upstreamVersion('1:1snap1-0ubuntu5')).toBeUndefined();
  });

  it('reads installed packages from the dpkg database only', () => {
    expect(dpkgVersion(STATUS, ['google-chrome-stable'])).toBe('131.0.6778.85');
    expect(dpkgVersion(STATUS, ['firefox', 'firefox-esr'])).toBeUndefined();
    expect(dpkgVersion(STATUS, ['chromium'])).toBe('150.0.7871.100');
  });

  it("reads a snap's version, application.ini beside the program, then dpkg", async () => {
    mkdirSync(join(root, 'snap/firefox/current/meta'), { recursive: true });
    writeFileSync(join(root, 'snap/firefox/current/meta/snap.yaml'), "name: firefox\nversion: '145.0.1-1'\nsummary: Mozilla Firefox\n");
    expect(await versionFromFiles(root, '/snap/bin/firefox', ['firefox'])).toBe('145.0.1-1');

    const app = join(root, 'opt/firefox');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'application.ini'), '[App]\nVendor=Mozilla\nName=Firefox\nVersion=140.5.0esr\nBuildID=20251101\n');
    writeFileSync(join(app, 'firefox'), '#!/bin/sh\n');
    expect(await versionFromFiles(root, join(app, 'firefox'), ['firefox'])).toBe('140.5.0esr');

    mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(join(root, 'var/lib/dpkg/status'), STATUS);
    expect(await versionFromFiles(root, '/usr/bin/google-chrome-stable', ['google-chrome-stable'])).toBe('131.0.6778.85');
    expect(await versionFromFiles(root, '/usr/bin/firefox', ['firefox'])).toBeUndefined();
  });

  it('the probe starts no browser when the files say the version', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'siapcat-bin-'));
    try {
      // Would fail the probe if it were started.
      writeFileSync(join(bin, 'google-chrome-stable'), '#!/bin/sh\nexit 9\n');
      chmodSync(join(bin, 'google-chrome-stable'), 0o755);
      mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
      writeFileSync(join(root, 'var/lib/dpkg/status'), STATUS);
      const found = await linuxBrowsersProbe({ PATH: bin }, 2000, root);
      expect(found.chrome).toEqual({ version: '131.0.6778.85', path: join(bin, 'google-chrome-stable') });
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
