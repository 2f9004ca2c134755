import type { Checklist } from '../types.js';
import { browser } from './checks/browser.js';
import { cpuSpeed } from './checks/cpu-speed.js';
import { diskSizeCheck } from './checks/disk-size.js';
import { displaySize } from './checks/display-size.js';
import { keyboard, pointingDevice } from './checks/input-devices.js';
import { lanLatency, lanLoss, lanThroughput } from './checks/network.js';
import { nicSpeed } from './checks/nic-speed.js';
import { osSupported } from './checks/os-supported.js';
import { ramSize } from './checks/ram-size.js';
import { ups } from './checks/ups.js';
import { virtualMachine } from './checks/virtual-machine.js';
import { webcam } from './checks/webcam.js';
import { FACILITIES } from './facilities.js';

/**
 * Peraturan Bupati Tanah Bumbu Nomor 73 Tahun 2022, Lampiran C.4.b (site specification) and
 * C.3.b.8.b(2) (network trial), as data. Raise `version` whenever the data or a check's `logic`
 * changes; the sha256 in every report then tells the two apart.
 */
export const PERBUP_TANAH_BUMBU_73_2022: Checklist = {
  id: 'perbup-tanah-bumbu-73-2022',
  version: '1.0.0',
  title: {
    id: 'Spesifikasi sarana seleksi CAT — Perbup Tanah Bumbu 73/2022, Lampiran C.4.b',
    en: 'CAT exam site specification — Perbup Tanah Bumbu 73/2022, Appendix C.4.b',
  },
  source:
    'Peraturan Bupati Tanah Bumbu Nomor 73 Tahun 2022 tentang Tata Cara Penyusunan Kebutuhan dan Pengadaan Aparatur Sipil Negara, Lampiran',
  checks: [
    cpuSpeed,
    ramSize,
    osSupported,
    diskSizeCheck,
    nicSpeed,
    displaySize,
    pointingDevice,
    keyboard,
    webcam,
    browser,
    virtualMachine,
    ups,
    lanLatency,
    lanLoss,
    lanThroughput,
  ],
  facilities: FACILITIES,
};
