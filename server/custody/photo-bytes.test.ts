import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffPhoto } from './photo-bytes.js';

// Made by Chromium's own encoders (canvas.toBlob); the WebP ones cut to one chunk each (VP8, VP8L) or kept whole (VP8X).
const photo = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/photos', name)));

describe('sniffPhoto', () => {
  it.each([
    ['seal-broken.jpg', 'image/jpeg', 640, 480],
    ['phone-camera.jpg', 'image/jpeg', 4000, 3000],
    ['seal-small.png', 'image/png', 120, 90],
    ['seal-vp8.webp', 'image/webp', 320, 240],
    ['seal-vp8l.webp', 'image/webp', 160, 120],
    ['seal-alpha.webp', 'image/webp', 200, 150],
  ])('reads %s as %s of %dx%d from its bytes', (name, type, width, height) => {
    expect(sniffPhoto(photo(name))).toEqual({ type, width, height });
  });

  it('refuses what only claims to be a photo: HTML, SVG, a GIF, a PDF, empty and cut-off headers', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    for (const bytes of [
      text('<!doctype html><script>alert(1)</script>'),
      text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      text('GIF89a\x01\x00\x01\x00'),
      text('%PDF-1.7\n'),
      new Uint8Array(0),
      photo('seal-broken.jpg').subarray(0, 20),
      photo('seal-small.png').subarray(0, 20),
      photo('seal-vp8.webp').subarray(0, 16),
    ]) {
      expect(sniffPhoto(bytes)).toBeNull();
    }
  });

  it('reads the dimensions a PNG declares without decoding it (a "bomb" of 100,000 x 100,000 px in 33 bytes)', () => {
    const bomb = photo('seal-small.png').slice(0, 33);
    new DataView(bomb.buffer).setUint32(16, 100_000);
    new DataView(bomb.buffer).setUint32(20, 100_000);
    expect(sniffPhoto(bomb)).toEqual({ type: 'image/png', width: 100_000, height: 100_000 });
  });

  it('a JPEG whose scan starts before any frame header, or with a zero size, is not a photo', () => {
    expect(sniffPhoto(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]))).toBeNull();
    expect(sniffPhoto(new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 8, 0, 0, 0, 0, 3]))).toBeNull();
  });
});
