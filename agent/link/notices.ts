import { CLOSE_TEXTS, type Placement, type Refusal, type Welcome } from '../../protocol/agent.js';
import type { Localized } from '../../protocol/i18n.js';

/** Something the person at the PC should read: printed by `agent run`, collected by the simulator. */
export interface Notice {
  level: 'info' | 'warn' | 'error';
  code: string;
  text: Localized;
}

function where(p: Placement): Localized {
  const parts: Localized[] = [];
  if (p.serverId) parts.push({ id: `server ${p.serverId}`, en: `server ${p.serverId}` });
  if (p.roomId) parts.push({ id: `ruang ${p.roomId}`, en: `room ${p.roomId}` });
  if (p.seat !== null) parts.push({ id: `kursi ${p.seat}`, en: `seat ${p.seat}` });
  if (parts.length === 0) return { id: 'belum ditempatkan', en: 'not placed yet' };
  return { id: parts.map((x) => x.id).join(', '), en: parts.map((x) => x.en).join(', ') };
}

export const notices = {
  connected(w: Welcome, enrolled: boolean): Notice {
    const at = where(w.placement);
    return {
      level: 'info',
      code: enrolled ? 'enrolled' : 'connected',
      text: enrolled
        ? {
            id: `Terdaftar di hub sebagai ${w.id} (${at.id}). Kunci agen disimpan.`,
            en: `Enrolled at the hub as ${w.id} (${at.en}). Agent key saved.`,
          }
        : { id: `Terhubung ke hub sebagai ${w.id} (${at.id}).`, en: `Connected to the hub as ${w.id} (${at.en}).` },
    };
  },
  placed(p: Placement): Notice {
    const at = where(p);
    return { level: 'info', code: 'placed', text: { id: `Penempatan dari hub: ${at.id}.`, en: `Placement from the hub: ${at.en}.` } };
  },
  refused(r: Refusal): Notice {
    return { level: 'warn', code: r.code, text: { id: `Hub menolak: ${r.message}`, en: `The hub refused: ${r.en}` } };
  },
  unreachable(url: string, detail: string, retryMs: number): Notice {
    const s = Math.ceil(retryMs / 1000);
    return {
      level: 'warn',
      code: 'unreachable',
      text: {
        id: `Hub ${url} tidak terjangkau (${detail}). Mencoba lagi dalam ${s} detik; laporan disimpan dan dikirim setelah tersambung.`,
        en: `Hub ${url} is unreachable (${detail}). Retrying in ${s} s; reports are kept and sent once connected.`,
      },
    };
  },
  closed(code: number, retryMs: number): Notice {
    const s = Math.ceil(retryMs / 1000);
    const known = CLOSE_TEXTS[code];
    return {
      level: 'warn',
      code: `closed-${code}`,
      text: known
        ? { id: `${known.id} (${s} detik)`, en: `${known.en} (${s} s)` }
        : {
            id: `Koneksi ke hub terputus (kode ${code}). Menyambung lagi dalam ${s} detik.`,
            en: `The link to the hub dropped (code ${code}). Reconnecting in ${s} s.`,
          },
    };
  },
  badFrame(detail: Localized): Notice {
    return {
      level: 'warn',
      code: 'bad-frame',
      text: { id: `Pesan dari hub diabaikan: ${detail.id}`, en: `Ignored a message from the hub: ${detail.en}` },
    };
  },
  dropped(count: number): Notice {
    return {
      level: 'warn',
      code: 'buffer-full',
      text: {
        id: `${count} laporan lama dibuang karena hub lama tidak terjangkau; yang terbaru tetap disimpan.`,
        en: `${count} old report(s) dropped because the hub was unreachable for long; the newest are kept.`,
      },
    };
  },
};
