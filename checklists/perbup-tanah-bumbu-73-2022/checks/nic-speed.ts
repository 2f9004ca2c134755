import type { Facts, NicFact } from '../../facts.js';
import { inSubnet } from '../../ipv4.js';
import { joinText, withFact } from '../../outcome.js';
import { defineCheck, type Outcome } from '../../types.js';

export interface NicSpeedParams {
  minMbps: number;
  /** The venue's LAN is gigabit end to end: a link below 1000 Mbps then fails (likely cable or port fault). */
  gigabitLan: boolean;
  /** May the exam LAN be reached over Wi-Fi (the clause asks for UTP cabling). */
  allowWireless: boolean;
}
type Params = NicSpeedParams;

/**
 * The adapters that carry the LAN: the one on the subnet of a host the network trial pinged (the
 * hub); else the default-route adapter; else every real adapter that is up with an IPv4 address
 * (an exam LAN often has no default route). Virtual adapters (hypervisor, VPN, bridges) and links
 * that are down never count.
 */
export function lanAdapters(nics: readonly NicFact[], targets: readonly string[] = []): NicFact[] {
  const real = nics.filter((n) => !n.virtual && n.up);
  const onTarget = real.filter((n) => n.ip4 && n.ip4Mask && targets.some((t) => inSubnet(t, n.ip4!, n.ip4Mask!)));
  if (onTarget.length > 0) return onTarget;
  const byDefault = real.filter((n) => n.isDefault);
  if (byDefault.length > 0) return byDefault;
  return real.filter((n) => n.ip4 !== null);
}

const CABLE_FAULT = {
  id: 'kemungkinan kabel/port rusak: kartu jaringan 1 Gbps tersambung hanya',
  en: 'likely cable or port fault: the link negotiated only',
};

function judgeAdapter(
  nic: NicFact,
  min: number,
  params: Params,
): { status: 'pass' | 'fail' | 'unknown'; reason?: { id: string; en: string } } {
  if (nic.wireless && !params.allowWireless) {
    return {
      status: 'fail',
      reason: {
        id: `${nic.name} adalah Wi-Fi; jaringan ujian harus memakai kabel UTP (C.4.b.1.c).`,
        en: `${nic.name} is Wi-Fi; the exam network must use UTP cable (C.4.b.1.c).`,
      },
    };
  }
  if (nic.speedMbps === null) {
    return {
      status: 'unknown',
      reason: { id: `Kecepatan tautan ${nic.name} tidak terbaca.`, en: `The link speed of ${nic.name} could not be read.` },
    };
  }
  if (nic.speedMbps >= min) return { status: 'pass' };
  if (min >= 1000 && nic.speedMbps >= 100) {
    return {
      status: 'fail',
      reason: {
        id: `${CABLE_FAULT.id} ${nic.speedMbps} Mbps (${nic.name}).`,
        en: `${CABLE_FAULT.en} ${nic.speedMbps} Mbps (${nic.name}).`,
      },
    };
  }
  return {
    status: 'fail',
    reason: {
      id: `${nic.name} tersambung ${nic.speedMbps} Mbps: kemungkinan kabel/port rusak atau kartu jaringan terlalu lambat.`,
      en: `${nic.name} linked at ${nic.speedMbps} Mbps: likely cable or port fault, or a card too slow.`,
    },
  };
}

function noAdapter(facts: Facts, nics: readonly NicFact[], expected: string): Outcome {
  const vm = facts.virtualization.ok && facts.virtualization.value.virtual;
  if (vm || (nics.length > 0 && nics.every((n) => n.virtual))) {
    return {
      status: 'unknown',
      measured: null,
      expected,
      reason: {
        id: 'Hanya ada adapter virtual (mesin virtual): kecepatan tautan fisik tidak terukur dari sini.',
        en: 'Only virtual adapters (virtual machine): the physical link speed cannot be measured from here.',
      },
    };
  }
  return {
    status: 'fail',
    measured: { id: 'tidak ada tautan', en: 'no link' },
    expected,
    reason: {
      id: 'Tidak ada kartu jaringan kabel yang tersambung.',
      en: 'No wired network card has a link.',
    },
    fix: {
      id: 'Colokkan kabel LAN ke switch ujian dan pastikan lampu port menyala.',
      en: 'Plug the LAN cable into the exam switch and make sure the port light is on.',
    },
  };
}

/**
 * Lampiran C.4.b.1.a(6) and b(5) "LAN Card/Ethernet 1Gbps"; 2.a(6) "LAN CARD 100/1000 Mbps".
 * Judged on the NEGOTIATED speed of the adapter that carries the LAN (see lanAdapters), never the
 * fastest or a virtual one. A gigabit card that linked at 100 Mbps where 1 Gbps is expected is
 * named as a likely cable or port fault; for clients that applies when the venue says its LAN is
 * gigabit (`gigabitLan`).
 */
export const nicSpeed = defineCheck<Params>({
  id: 'nic-speed',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [6], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [5], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [6], level: 'rekomendasi' },
  },
  title: { id: 'Kecepatan kartu jaringan', en: 'Network card speed' },
  failTitle: { id: 'Tautan LAN lambat', en: 'Slow LAN link' },
  fix: {
    id: 'Ganti kabel patch (min. Cat 5e) atau pindah port switch, lalu periksa lagi; bila tetap, ganti kartu jaringan.',
    en: 'Replace the patch cable (Cat 5e or better) or move to another switch port, then check again; if it stays, replace the network card.',
  },
  facts: ['nics', 'virtualization'],
  params: {
    server: { minMbps: 1000, gigabitLan: true, allowWireless: false },
    'mobile-server': { minMbps: 1000, gigabitLan: true, allowWireless: false },
    client: { minMbps: 100, gigabitLan: false, allowWireless: false },
  },
  evaluate(facts, { params }) {
    const min = params.gigabitLan ? Math.max(params.minMbps, 1000) : params.minMbps;
    const expected = min >= 1000 ? '1000 Mbps' : `≥ ${min} Mbps (100/1000)`;
    return withFact(facts.nics, expected, (nics): Outcome => {
      const targets = (facts.network?.pings ?? []).map((p) => p.address).filter((a): a is string => a !== null);
      const carriers = lanAdapters(nics, targets);
      if (carriers.length === 0) return noAdapter(facts, nics, expected);
      const judged = carriers.map((nic) => ({ nic, ...judgeAdapter(nic, min, params) }));
      const measured = joinText(
        judged.map(({ nic }) => `${nic.speedMbps === null ? '?' : nic.speedMbps} Mbps (${nic.name}${nic.wireless ? ', Wi-Fi' : ''})`),
        ' · ',
      );
      const statuses = new Set(judged.map((j) => j.status));
      if (statuses.size > 1 && statuses.has('pass')) {
        return {
          status: 'unknown',
          measured,
          expected,
          reason: {
            id: 'Beberapa kartu jaringan aktif dengan hasil berbeda; tidak jelas mana yang membawa LAN ujian. Jalankan dengan --ping ALAMAT_HUB atau cabut yang tidak dipakai.',
            en: 'Several active network cards disagree; it is unclear which carries the exam LAN. Run with --ping HUB_ADDRESS or unplug the unused ones.',
          },
        };
      }
      const failed = judged.find((j) => j.status === 'fail');
      if (failed) return { status: 'fail', measured, expected, reason: failed.reason };
      const undecided = judged.find((j) => j.status === 'unknown');
      if (undecided) return { status: 'unknown', measured, expected, reason: undecided.reason };
      return { status: 'pass', measured, expected };
    });
  },
});
