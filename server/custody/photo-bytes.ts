import type { PhotoType } from '../../protocol/custody-photos.js';

/** What the first bytes of a photo say: its type and the dimensions its header declares. */
export interface PhotoHeader {
  type: PhotoType;
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const be32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const le16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const le24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the signature, then the IHDR chunk first, its width and height big-endian. */
function png(b: Uint8Array): PhotoHeader | null {
  if (b.length < 24 || !PNG_SIGNATURE.every((x, i) => b[i] === x) || ascii(b, 12, 4) !== 'IHDR') return null;
  return { type: 'image/png', width: be32(b, 16), height: be32(b, 20) };
}

/**
 * JPEG: SOI (FF D8), then marker segments until a start-of-frame (SOF0-SOF15 except DHT C4, JPG C8
 * and DAC CC) gives the height and width. A scan (SOS) or the end before any frame: not a photo.
 */
function jpeg(b: Uint8Array): PhotoHeader | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    let marker = b[at + 1]!;
    // Fill bytes: any number of FF before the marker.
    while (marker === 0xff && at + 2 < b.length) marker = b[++at + 1]!;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = be16(b, at + 2);
    if (length < 2) return null;
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (sof) {
      if (at + 9 > b.length) return null;
      return { type: 'image/jpeg', height: be16(b, at + 5), width: be16(b, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** WebP: RIFF....WEBP, then a VP8 (lossy), VP8L (lossless) or VP8X (extended) first chunk. */
function webp(b: Uint8Array): PhotoHeader | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { type: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | ((b[24]! << 24) >>> 0);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { type: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  return null;
}

/**
 * The photo's type from its first bytes (never its name or the Content-Type it was sent with) and
 * the dimensions its header declares; null when the bytes are not a JPEG, PNG or WebP header.
 * Nothing is decoded: the pixels are never touched on the hub.
 */
export function sniffPhoto(bytes: Uint8Array): PhotoHeader | null {
  const found = png(bytes) ?? jpeg(bytes) ?? webp(bytes);
  return found && found.width > 0 && found.height > 0 ? found : null;
}
