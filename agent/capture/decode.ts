import { badCapture } from './errors.js';

/** Largest machine file read at all (a snapshot is 20-200 KB, a capture 5-40 KB; UTF-16 doubles it). */
export const MACHINE_FILE_MAX_BYTES = 8 * 1024 * 1024;

const decoder = (label: string, fatal = false) => new TextDecoder(label, { fatal, ignoreBOM: true });

/**
 * Bytes of a capture or snapshot file -> text. What the capture scripts write (UTF-16LE with a
 * byte-order mark), what Notepad saves (UTF-8 with or without a mark, "Unicode", "ANSI" =
 * Windows-1252 on Indonesian and English Windows), and UTF-16 without a mark. Binary junk is refused.
 */
export function decodeMachineFile(bytes: Uint8Array): string {
  if (bytes.length > MACHINE_FILE_MAX_BYTES) {
    throw badCapture(
      `Berkas terlalu besar (${bytes.length} byte, batas ${MACHINE_FILE_MAX_BYTES}); itu bukan berkas tangkapan atau snapshot SiapCAT.`,
      `The file is too large (${bytes.length} bytes, limit ${MACHINE_FILE_MAX_BYTES}); it is not a SiapCAT capture or snapshot.`,
    );
  }
  if (bytes.length === 0) throw badCapture('Berkas kosong.', 'The file is empty.');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decoder('utf-16be').decode(bytes.subarray(2));
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decoder('utf-8').decode(bytes.subarray(3));
  else if (looksUtf16(bytes, 1)) text = decoder('utf-16le').decode(bytes);
  else if (looksUtf16(bytes, 0)) text = decoder('utf-16be').decode(bytes);
  else {
    try {
      text = decoder('utf-8', true).decode(bytes);
    } catch {
      text = windows1252(bytes);
    }
  }
  // Control characters other than tab and line ends mean a binary file, not text.
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text.slice(0, 65536));
  if (control) {
    throw badCapture(
      `Berkas ini bukan teks (ada byte kendali 0x${control[0].charCodeAt(0).toString(16).padStart(2, '0')}); itu bukan tangkapan atau snapshot SiapCAT.`,
      `This file is not text (control byte 0x${control[0].charCodeAt(0).toString(16).padStart(2, '0')}); it is not a SiapCAT capture or snapshot.`,
    );
  }
  return text;
}

/** ASCII text in UTF-16 without a mark: every other byte (odd for LE, even for BE) is zero. */
function looksUtf16(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let zeros = 0;
  for (let i = zeroAt; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros >= (n / 2) * 0.9;
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') was seen to decode 0x80-0x9F as
 * Latin-1 control characters, so "™" (0x99) or "€" (0x80) would be lost.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}
