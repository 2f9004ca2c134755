import { css, html, nothing } from 'lit';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import type { BeritaAcara } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import type { Services } from '../../app/services.js';

type T = (text: Localized) => string;

const msg = {
  title: { id: 'Lampiran foto', en: 'Photo attachment' },
  seal: (room: string, seal: string, opening: boolean): Localized => ({
    id: `${room}, segel ${seal}: ${opening ? 'pembukaan' : 'pemasangan'}`,
    en: `${room}, seal ${seal}: ${opening ? 'opening' : 'installation'}`,
  }),
  broken: { id: ' (TIDAK sesuai)', en: ' (NOT as installed)' },
  incident: (no: string, kind: string, room: string): Localized => ({
    id: `Kejadian no. ${no}: ${kind}, ${room}`,
    en: `Incident ${no}: ${kind}, ${room}`,
  }),
  wholeVenue: { id: 'seluruh lokasi', en: 'whole venue' },
  count: (n: number, shas: string): Localized => ({ id: `${n} foto; sidik sha256 ${shas}`, en: `${n} photo(s); sha256 ${shas}` }),
};

export const photoAttachmentStyles = css`
  .photos figure {
    margin: 0.5rem 0 0.8rem;
    break-inside: avoid;
  }
  .photos figcaption {
    font-size: 0.95rem;
  }
  .photos siap-photo-strip {
    --photo-height: 55mm;
  }
`;

interface Group {
  caption: string;
  first: boolean;
  photos: PhotoLink[];
}

/**
 * Lampiran foto of a session's berita acara: the photos of its rooms' seals (those found not as
 * installed first) and of its incidents, each group with its caption and the photos' sha256
 * prefixes. The images come with the custody part's siap-photo-strip, loaded here on first use.
 */
export function photoAttachment(d: BeritaAcara, services: Services | undefined, t: T) {
  // A deleted incident's photos stay kept (and audited) at the hub, but are no attachment of these minutes.
  const incidents = new Set(d.incidents.map((i) => `${i.sessionId}/${i.id}`));
  const photos = (d.custody?.photos ?? []).filter((p) => p.kind !== 'incident' || incidents.has(p.subjectId));
  if (photos.length === 0 || !services) return nothing;
  void import('../custody/photo-strip.js');
  const groups = new Map<string, Group>();
  for (const p of photos) {
    const key = `${p.kind}/${p.subjectId}/${p.part}`;
    let g = groups.get(key);
    if (!g) {
      g = { caption: caption(d, p, t), first: isBroken(d, p), photos: [] };
      groups.set(key, g);
    }
    g.photos.push(p);
  }
  const sorted = [...groups.values()].sort((a, b) => Number(b.first) - Number(a.first));
  return html`<section class="photos" data-photo-attachment>
    <h2>${t(msg.title)}</h2>
    ${sorted.map(
      (g) => html`<figure>
        <figcaption>${g.caption} (${t(msg.count(g.photos.length, g.photos.map((p) => p.sha256.slice(0, 12)).join(', ')))})</figcaption>
        <siap-photo-strip readonly .services=${services} .photos=${g.photos}></siap-photo-strip>
      </figure>`,
    )}
  </section>`;
}

const isBroken = (d: BeritaAcara, p: PhotoLink) =>
  p.kind === 'seal' && p.part === 'open' && (d.custody?.seals.find((s) => String(s.id) === p.subjectId)?.anomaly ?? false);

function caption(d: BeritaAcara, p: PhotoLink, t: T): string {
  if (p.kind === 'seal') {
    const s = d.custody?.seals.find((x) => String(x.id) === p.subjectId);
    return `${t(msg.seal(s?.roomName ?? '?', s?.sealNumber ?? '?', p.part === 'open'))}${isBroken(d, p) ? t(msg.broken) : ''}`;
  }
  const i = d.incidents.find((x) => `${x.sessionId}/${x.id}` === p.subjectId);
  return t(msg.incident(String(i?.no), i ? t(i.kindLabel) : '', i?.room || t(msg.wholeVenue)));
}
