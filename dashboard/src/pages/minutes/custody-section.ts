import { html } from 'lit';
import type { BeritaAcaraCustody } from '../../../../protocol/custody-minutes.js';
import type { Localized } from '../../../../protocol/i18n.js';

type T = (text: Localized) => string;

const msg = {
  section: { id: 'Pengamanan, uji coba dan perpindahan PC', en: 'Custody, trials and PC switches' },
  switches: { id: 'Perpindahan peserta ke PC cadangan', en: 'Participants moved to a reserve PC' },
  noSwitches: { id: 'Tidak ada peserta yang dipindahkan ke PC cadangan.', en: 'No participant was moved to a reserve PC.' },
  seals: { id: 'Pemasangan dan pembukaan segel ruang', en: 'Room seals installed and opened' },
  noSeals: {
    id: 'Tidak ada pemasangan atau pembukaan segel ruang yang tercatat.',
    en: 'No room seal installation or opening was recorded.',
  },
  sealed: { id: 'Belum dibuka', en: 'Not opened yet' },
  trials: { id: 'Uji coba jaringan dan uji listrik hari itu', en: 'Network trials and power drills that day' },
  noTrials: { id: 'Tidak ada uji coba jaringan atau uji listrik hari itu.', en: 'No network trial or power drill that day.' },
  handovers: { id: 'Serah terima server mobile (BAST) hari itu', en: 'Mobile server handovers (BAST) that day' },
  noHandovers: { id: 'Tidak ada serah terima hari itu.', en: 'No handover that day.' },
  no: { id: 'No', en: 'No' },
  time: { id: 'Jam', en: 'Time' },
  participant: { id: 'Peserta', en: 'Participant' },
  from: { id: 'Dari', en: 'From' },
  to: { id: 'Ke', en: 'To' },
  reason: { id: 'Alasan', en: 'Reason' },
  by: { id: 'Oleh', en: 'By' },
  seat: { id: 'kursi', en: 'seat' },
  room: { id: 'Ruang', en: 'Room' },
  seal: { id: 'No. segel', en: 'Seal no.' },
  installed: { id: 'Dipasang', en: 'Installed' },
  opened: { id: 'Dibuka', en: 'Opened' },
  read: { id: 'Terbaca', en: 'Read back' },
  state: { id: 'Keadaan', en: 'State' },
  ok: { id: 'Utuh, nomor sesuai', en: 'Intact, number matches' },
  bad: { id: 'TIDAK sesuai', en: 'NOT as installed' },
  broken: { id: 'rusak', en: 'broken' },
  incident: (n: number): Localized => ({ id: `kejadian no. ${n}`, en: `incident ${n}` }),
  witness: { id: 'Saksi', en: 'Witness' },
  kind: { id: 'Jenis', en: 'Kind' },
  network: { id: 'Uji coba jaringan', en: 'Network trial' },
  power: { id: 'Uji listrik', en: 'Power drill' },
  answered: { id: 'Menjawab', en: 'Answered' },
  medians: { id: 'Median ping server / throughput', en: 'Median server ping / throughput' },
  result: { id: 'Hasil', en: 'Result' },
  drill: (battery: number, dropped: number): Localized => ({
    id: `${battery} PC pakai baterai/UPS, ${dropped} PC terputus`,
    en: `${battery} PCs on battery/UPS, ${dropped} PCs dropped off`,
  }),
  outcome: { ok: { id: 'Lulus', en: 'Passed' }, 'not-ok': { id: 'Tidak lulus', en: 'Failed' } } as Record<string, Localized>,
  notMarked: { id: 'belum ditandai', en: 'not marked' },
  direction: { in: { id: 'Masuk', en: 'In' }, out: { id: 'Kembali', en: 'Return' } } as Record<string, Localized>,
  place: { id: 'Tempat', en: 'Place' },
  giverReceiver: { id: 'Pemberi → Penerima', en: 'Giver → Receiver' },
  goods: { id: 'Barang', en: 'Items' },
  items: (n: number, damaged: number, warnings: number): Localized => ({
    id: `${n} barang; segel rusak: ${damaged}; peringatan nomor seri: ${warnings}`,
    en: `${n} items; damaged seals: ${damaged}; serial warnings: ${warnings}`,
  }),
};

const num = (v: number | null, unit: string) => (v === null ? '—' : `${Math.round(v * 10) / 10} ${unit}`);

/** The berita acara's custody section (issue 14): every row from the hub's records, every time in the session's zone. */
export function custodySection(c: BeritaAcaraCustody | undefined, t: T) {
  if (!c) return html``;
  return html`<h2>${t(msg.section)}</h2>
    <section data-custody>
      <h3>${t(msg.switches)}</h3>
      ${
        c.switches.length === 0
          ? html`<p>${t(msg.noSwitches)}</p>`
          : html`<table data-custody-switches>
            <thead><tr><th>${t(msg.no)}</th><th>${t(msg.time)}</th><th>${t(msg.participant)}</th><th>${t(msg.from)}</th><th>${t(msg.to)}</th><th>${t(msg.reason)}</th><th>${t(msg.by)}</th></tr></thead>
            <tbody>
              ${c.switches.map(
                (s) => html`<tr>
                  <td>${s.no}</td><td>${s.time}</td><td>${s.participantNumber} ${s.participantName}</td>
                  <td>${s.from.roomName}, ${t(msg.seat)} ${s.from.seat}${s.from.pcId ? ` (${s.from.pcId})` : ''}</td>
                  <td>${s.to.roomName}, ${t(msg.seat)} ${s.to.seat} (${s.to.pcId})</td><td>${s.reason}</td><td>${s.by}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
      <h3>${t(msg.seals)}</h3>
      ${
        c.seals.length === 0
          ? html`<p>${t(msg.noSeals)}</p>`
          : html`<table data-custody-seals>
            <thead><tr><th>${t(msg.room)}</th><th>${t(msg.seal)}</th><th>${t(msg.installed)}: ${t(msg.time)}, ${t(msg.by)} / ${t(msg.witness)}</th><th>${t(msg.opened)}: ${t(msg.time)}, ${t(msg.by)} / ${t(msg.witness)}</th><th>${t(msg.read)}</th><th>${t(msg.state)}</th></tr></thead>
            <tbody>
              ${c.seals.map(
                (s) => html`<tr data-seal=${s.id}>
                  <td>${s.roomName}</td><td>${s.sealNumber}</td><td>${s.installedTime}, ${s.installedBy} / ${s.installWitness}</td>
                  <td>${s.openedTime ? `${s.openedTime}, ${s.openedBy} / ${s.witness}` : '—'}</td><td>${s.sealNumberRead}</td>
                  <td>${!s.openedTime ? t(msg.sealed) : s.anomaly ? html`<b>${t(msg.bad)}</b>${s.intact ? '' : ` (${t(msg.broken)})`}${s.incidentId !== null ? `, ${t(msg.incident(s.incidentId))}` : ''}` : t(msg.ok)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
      <h3>${t(msg.trials)}</h3>
      ${
        c.trials.length === 0
          ? html`<p>${t(msg.noTrials)}</p>`
          : html`<table data-custody-trials>
            <thead><tr><th>${t(msg.kind)}</th><th>${t(msg.time)}</th><th>${t(msg.answered)}</th><th>${t(msg.medians)}</th><th>${t(msg.result)}</th><th>${t(msg.by)} / ${t(msg.witness)}</th></tr></thead>
            <tbody>
              ${c.trials.map(
                (x) => html`<tr>
                  <td>${t(x.kind === 'power' ? msg.power : msg.network)} #${x.id}</td><td>${x.startTime}–${x.endTime || '…'}</td>
                  <td>${x.answered}/${x.expected}</td>
                  <td>${x.kind === 'power' ? '—' : `${num(x.medianServerMs, 'ms')} / ${num(x.medianThroughputMbps, 'Mbps')}`}</td>
                  <td>${x.power ? t(msg.drill(x.power.battery, x.power.dropped)) : ''}${x.kind === 'power' ? ` · ${t(x.outcome ? msg.outcome[x.outcome]! : msg.notMarked)}` : ''}</td>
                  <td>${x.startedBy}${x.witnesses.length ? ` / ${x.witnesses.join(', ')}` : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
      <h3>${t(msg.handovers)}</h3>
      ${
        c.handovers.length === 0
          ? html`<p>${t(msg.noHandovers)}</p>`
          : html`<table data-custody-handovers>
            <thead><tr><th>${t(msg.kind)}</th><th>${t(msg.time)}</th><th>${t(msg.place)}</th><th>${t(msg.giverReceiver)}</th><th>${t(msg.goods)}</th></tr></thead>
            <tbody>
              ${c.handovers.map(
                (h) => html`<tr>
                  <td>BAST ${t(msg.direction[h.direction]!)} #${h.id}</td><td>${h.time}</td><td>${h.place}</td><td>${h.giver} → ${h.receiver}</td>
                  <td>${t(msg.items(h.items, h.damagedSeals, h.warnings))}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
    </section>`;
}
