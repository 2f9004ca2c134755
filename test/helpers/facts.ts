import type { Facts } from '../../checklists/facts.js';
import { known, unknownFact } from '../../checklists/facts.js';

const GiB = 1024 ** 3;

/** Facts of a PC that meets every clause for every role (a physical Windows Server-class desktop). */
export function goodFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    platform: 'win32',
    cpu: known({ model: 'Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz', baseGhz: 2.1, maxGhz: 3.0 }),
    memory: known({ usableBytes: 15.8 * GiB, installedBytes: 16 * GiB }),
    os: known({ family: 'windows', name: 'Windows 10 Pro', version: '10', release: '10.0.19045', is64Bit: true }),
    disks: known([{ name: 'Samsung SSD 870', sizeBytes: 500_107_862_016, kind: 'ssd', interfaceType: 'SATA', removable: false }]),
    nics: known([
      {
        name: 'Ethernet',
        speedMbps: 1000,
        wireless: false,
        virtual: false,
        up: true,
        isDefault: true,
        ip4: '10.10.1.17',
        ip4Mask: '255.255.255.0',
      },
    ]),
    displays: known([{ name: 'DELL P2422H', diagonalInches: 23.8, builtin: false }]),
    laptop: known(false),
    webcams: known(['Logi C270 HD WebCam']),
    pointing: known([{ name: 'USB Optical Mouse', bus: 'usb', external: true }]),
    keyboards: known([{ name: 'USB Keyboard', bus: 'usb', external: true }]),
    browsers: known({ chrome: { version: '150.0.7871.100', major: 150 }, chromium: null, firefox: null }),
    ups: known([{ name: 'APC Smart-UPS 1500VA', source: 'wmi', nominalVA: 1500 }]),
    virtualization: known({ virtual: false, host: null }),
    network: null,
    ...overrides,
  };
}

export const NOT_READ = unknownFact({ id: 'tidak terbaca (uji)', en: 'not read (test)' });
