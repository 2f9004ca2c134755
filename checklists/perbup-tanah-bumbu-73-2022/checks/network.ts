import type { ClauseRef } from '../../types.js';
import { defineCheck, type Outcome } from '../../types.js';
import type { Facts, NetworkFact } from '../../facts.js';
import { num } from '../../units.js';

/**
 * The network trial of Lampiran C.3.b.8.b(2) ("uji coba jaringan komputer ... siap dan aman
 * digunakan"): ping the hub (or any host named) from each PC. The clause sets no figures; the
 * thresholds are this checklist's reading of a healthy switched LAN built to C.4.b.1.c (1 Gbps
 * switches, Cat 5e/6 cable), held as params the venue can change. The level is "minimal" because
 * the network they test is in the minimal list (C.4.b.1.c). These checks are in a report only when
 * a trial ran (`agent check --ping HOST`, or the hub's link): a standalone check is not made
 * incomplete by a trial nobody asked for.
 */
const TRIAL: Record<'server' | 'mobile-server' | 'client', ClauseRef> = {
  server: { section: 'C.3.b.8.b', items: [2], level: 'minimal' },
  'mobile-server': { section: 'C.3.b.8.b', items: [2], level: 'minimal' },
  client: { section: 'C.3.b.8.b', items: [2], level: 'minimal' },
};

const hasPingTrial = (facts: Facts) => facts.network !== null && facts.network.pings.length + facts.network.failed.length > 0;

function noPing(net: NetworkFact, expected: string): Outcome {
  const first = net.failed[0];
  return {
    status: 'unknown',
    measured: null,
    expected,
    reason: first
      ? { id: `${first.host}: ${first.reason.id}`, en: `${first.host}: ${first.reason.en}` }
      : { id: 'Uji coba tidak menghasilkan data.', en: 'The trial produced no data.' },
  };
}

export interface LatencyParams {
  warnAboveMs: number;
  failAboveMs: number;
}

export const lanLatency = defineCheck<LatencyParams>({
  id: 'lan-latency',
  logic: 1,
  clauses: TRIAL,
  title: { id: 'Uji jaringan: waktu tanggap', en: 'Network trial: latency' },
  failTitle: { id: 'LAN lambat (ping)', en: 'Slow LAN (ping)' },
  fix: {
    id: 'Periksa kabel, port switch dan beban jaringan antara PC ini dan hub; ulangi uji coba.',
    en: 'Check the cable, the switch port and the network load between this PC and the hub; repeat the trial.',
  },
  facts: ['network'],
  params: {
    server: { warnAboveMs: 5, failAboveMs: 20 },
    'mobile-server': { warnAboveMs: 5, failAboveMs: 20 },
    client: { warnAboveMs: 10, failAboveMs: 50 },
  },
  appliesTo: hasPingTrial,
  evaluate(facts, { params }) {
    const expected = `≤ ${num(params.failAboveMs)} ms`;
    const net = facts.network!;
    const answered = net.pings.filter((p) => p.avgMs !== null);
    if (answered.length === 0) {
      if (net.pings.length > 0) {
        return {
          status: 'unknown',
          measured: { id: 'tidak ada balasan', en: 'no replies' },
          expected,
          reason: {
            id: 'Tidak ada balasan ping, jadi waktu tanggap tidak terukur (lihat lan-loss).',
            en: 'No ping replies, so latency could not be measured (see lan-loss).',
          },
        };
      }
      return noPing(net, expected);
    }
    const worst = answered.reduce((a, b) => (b.avgMs! > a.avgMs! ? b : a));
    const measured = answered.map((p) => `${p.host}: avg ${num(p.avgMs!, 2)} ms, max ${num(p.maxMs!, 2)} ms`).join(' · ');
    const avg = worst.avgMs!;
    if (avg > params.failAboveMs) {
      return {
        status: 'fail',
        measured,
        expected,
        reason: { id: `Rata-rata ${num(avg, 1)} ms ke ${worst.host}.`, en: `Average ${num(avg, 1)} ms to ${worst.host}.` },
      };
    }
    if (avg > params.warnAboveMs) {
      return {
        status: 'warn',
        measured,
        expected,
        reason: {
          id: `Rata-rata ${num(avg, 1)} ms: lebih lambat dari LAN sehat (≤ ${params.warnAboveMs} ms).`,
          en: `Average ${num(avg, 1)} ms: slower than a healthy LAN (≤ ${params.warnAboveMs} ms).`,
        },
      };
    }
    return { status: 'pass', measured, expected };
  },
});

export interface LossParams {
  warnAbovePercent: number;
  failAbovePercent: number;
}

export const lanLoss = defineCheck<LossParams>({
  id: 'lan-loss',
  logic: 1,
  clauses: TRIAL,
  title: { id: 'Uji jaringan: paket hilang', en: 'Network trial: packet loss' },
  failTitle: { id: 'Paket hilang di LAN', en: 'Packet loss on the LAN' },
  fix: {
    id: 'Periksa kabel dan port switch; pastikan hub menyala dan alamatnya benar; ulangi uji coba.',
    en: 'Check the cable and the switch port; make sure the hub is on and the address is right; repeat the trial.',
  },
  facts: ['network'],
  params: {
    server: { warnAbovePercent: 0, failAbovePercent: 10 },
    'mobile-server': { warnAbovePercent: 0, failAbovePercent: 10 },
    client: { warnAbovePercent: 0, failAbovePercent: 10 },
  },
  appliesTo: hasPingTrial,
  evaluate(facts, { params }) {
    const expected = `≤ ${num(params.failAbovePercent)}%`;
    const net = facts.network!;
    if (net.pings.length === 0) return noPing(net, expected);
    const worst = net.pings.reduce((a, b) => (b.lossPercent > a.lossPercent ? b : a));
    const measured = net.pings.map((p) => `${p.host}: ${num(p.lossPercent)}% (${p.received}/${p.sent})`).join(' · ');
    const why = {
      id: `${num(worst.lossPercent)}% paket ke ${worst.host} tidak berbalas (${worst.received} dari ${worst.sent}).`,
      en: `${num(worst.lossPercent)}% of packets to ${worst.host} got no reply (${worst.received} of ${worst.sent}).`,
    };
    if (worst.lossPercent > params.failAbovePercent) return { status: 'fail', measured, expected, reason: why };
    if (worst.lossPercent > params.warnAbovePercent) return { status: 'warn', measured, expected, reason: why };
    return { status: 'pass', measured, expected };
  },
});

export interface ThroughputParams {
  minMbps: number;
}

export const lanThroughput = defineCheck<ThroughputParams>({
  id: 'lan-throughput',
  logic: 1,
  clauses: TRIAL,
  title: { id: 'Uji jaringan: laju data ke hub', en: 'Network trial: throughput to the hub' },
  failTitle: { id: 'Laju data LAN rendah', en: 'Low LAN throughput' },
  fix: {
    id: 'Periksa kecepatan tautan (nic-speed), kabel dan switch antara PC ini dan hub.',
    en: 'Check the link speed (nic-speed), the cable and the switches between this PC and the hub.',
  },
  facts: ['network'],
  params: { server: { minMbps: 200 }, 'mobile-server': { minMbps: 200 }, client: { minMbps: 20 } },
  appliesTo: (facts) => facts.network !== null && facts.network.throughput !== null,
  evaluate(facts, { params }) {
    const t = facts.network!.throughput!;
    const expected = `≥ ${num(params.minMbps)} Mbps`;
    const measured = `${num(t.mbps)} Mbps (${num(t.bytes / 1e6)} MB / ${num(t.ms / 1000, 2)} s)`;
    return t.mbps >= params.minMbps
      ? { status: 'pass', measured, expected }
      : {
          status: 'fail',
          measured,
          expected,
          reason: {
            id: `Laju data ${num(t.mbps)} Mbps, di bawah ${num(params.minMbps)} Mbps.`,
            en: `Throughput ${num(t.mbps)} Mbps is below ${num(params.minMbps)} Mbps.`,
          },
        };
  },
});
