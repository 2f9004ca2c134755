import { AppError } from '../../protocol/errors.js';
import type { JoinResponse } from '../../protocol/region.js';
import type { OutboxStore, RegionLink } from './store.js';
import { fetchPinnedCa, httpsTransport } from './transport.js';

export interface JoinParams {
  regionUrl: string;
  code: string;
  /** SHA-256 of the region's CA certificate, as the regional admin gave it. */
  caFingerprint: string;
  /** The venue's name as the hub knows it (the region keeps its own when it has one). */
  name: string;
}

const refused = (url: string, message: { id: string; en: string }): AppError =>
  new AppError(
    'region-join',
    {
      id: `Wilayah ${url} menolak bergabung: ${message.id}`,
      en: `The region at ${url} refused the join: ${message.en}`,
    },
    { exitCode: 3 },
  );

/** Checks the region's URL: HTTPS only (the push carries the venue key). */
export function regionUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:') {
    throw new AppError(
      'region-url',
      {
        id: `Alamat wilayah harus https://HOST:PORT (didapat: ${text}).`,
        en: `The region address must be https://HOST:PORT (got: ${text}).`,
      },
      { exitCode: 2 },
    );
  }
  return url.origin;
}

/**
 * Joins the region once: pins its CA, exchanges the one-time code for the venue's own key and
 * stores the link. Later starts reuse the link and need no code.
 */
export async function joinRegion(store: OutboxStore, params: JoinParams): Promise<RegionLink> {
  const regionUrl = regionUrlOf(params.regionUrl);
  const caPem = await fetchPinnedCa(regionUrl, params.caFingerprint);
  const transport = httpsTransport(regionUrl, caPem);
  try {
    const res = await transport.post('/api/region/join', { code: params.code, name: params.name || 'Lokasi' });
    if (res.status !== 201) {
      const body = res.body as { error?: { message?: string; en?: string } };
      throw refused(regionUrl, { id: body?.error?.message ?? `HTTP ${res.status}`, en: body?.error?.en ?? `HTTP ${res.status}` });
    }
    const joined = res.body as JoinResponse;
    store.saveLink({ regionUrl, caFingerprint: params.caFingerprint, caPem, venueId: joined.venueId, venueKey: joined.key, ackedSeq: joined.ackedSeq });
    return store.link()!;
  } finally {
    transport.close();
  }
}
