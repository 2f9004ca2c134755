import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../protocol/errors.js';
import { manualClock } from '../../protocol/ports.js';
import { factsOf } from '../facts/index.js';
import { judgeSnapshot } from '../judge.js';
import { readMachineFile } from './convert.js';

const DIR = join(import.meta.dirname, '../../test/fixtures/capture');
const clock = manualClock('2026-12-03T05:00:00Z');
const win7 = readFileSync(join(DIR, 'win7-desktop-ps.txt'), 'utf8');
const read = (data: Uint8Array | string) =>
  readMachineFile(typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data, clock);

/** The refusal a file gets: an AppError with both languages, never a crash. */
function refusal(data: Uint8Array | string): AppError {
  try {
    read(data);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.exitCode).toBe(4);
    expect(e.text.id.length).toBeGreaterThan(20);
    expect(e.text.en.length).toBeGreaterThan(20);
    return e;
  }
  throw new Error('the file was accepted');
}

describe('the encodings Windows writes', () => {
  const cpuOf = (data: Uint8Array) => factsOf(read(data)).cpu;
  const expected = { ok: true, value: { model: 'Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz', baseGhz: 3.2, maxGhz: null } };
  it('UTF-16LE with BOM (what the scripts write), UTF-16BE with BOM, UTF-16LE without BOM', () => {
    expect(cpuOf(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(win7, 'utf16le')])))).toEqual(expected);
    const be = Buffer.from(win7, 'utf16le').swap16();
    expect(cpuOf(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual(expected);
    expect(cpuOf(new Uint8Array(Buffer.from(win7, 'utf16le')))).toEqual(expected);
  });

  it('UTF-8 with and without BOM, LF or CRLF line ends', () => {
    expect(cpuOf(new Uint8Array(Buffer.from(`\uFEFF${win7}`, 'utf8')))).toEqual(expected);
    expect(cpuOf(new Uint8Array(Buffer.from(win7.replace(/\r\n/g, '\n'), 'utf8')))).toEqual(expected);
  });

  it('Windows-1252 ("ANSI" from Notepad): ® é and ™ (0x99, not Latin-1) come out right', () => {
    const ansi = Buffer.from(
      win7.replace('CSName=LAB2-PC07', 'CSName=KAFÉ-07').replace('Intel(R) Core(TM) i5-3470', 'Intel® Core# i5-3470'),
      'latin1',
    );
    const bytes = new Uint8Array(ansi);
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x23) bytes[i] = 0x99;
    const snapshot = read(bytes);
    expect(snapshot.host).toBe('KAFÉ-07');
    expect(factsOf(snapshot).cpu).toMatchObject({ ok: true, value: { model: 'Intel® Core™ i5-3470 CPU @ 3.20GHz', baseGhz: 3.2 } });
  });
});

describe('bad and hostile files are refused in both languages, never crash', () => {
  it('empty, binary junk, and neither a capture nor a snapshot', () => {
    expect(refusal('').text.en).toContain('empty');
    expect(
      refusal(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x01, 0x02])).text.en,
    ).toContain('not text');
    expect(refusal('Hello, this is a letter.\r\n').text.en).toContain('neither a PC capture');
    expect(refusal('<html><body>SIAPCAT</body></html>').text.en).toContain('neither');
  });

  it('oversized files, too many lines, an overlong line, too many sections or values', () => {
    expect(refusal(new Uint8Array(9 * 1024 * 1024)).text.en).toContain('too large');
    expect(refusal(`SIAPCAT-CAPTURE 1\n${'x'.repeat(1_100_000)}`).text.en).toContain('too long');
    expect(refusal(`SIAPCAT-CAPTURE 1\n${'\n'.repeat(30_000)}`).text.en).toContain('too many lines');
    expect(refusal(`SIAPCAT-CAPTURE 1\n[A]\nName=${'y'.repeat(5000)}\n`).text.en).toContain('line 3');
    expect(refusal(`SIAPCAT-CAPTURE 1\n${'[Win32_Processor]\n'.repeat(4000)}`).text.en).toContain('too many sections');
    const keys = Array.from({ length: 80 }, (_, i) => `K${i}=v`).join('\n');
    expect(refusal(`SIAPCAT-CAPTURE 1\n[Win32_Processor]\n${keys}\n`).text.en).toContain('too many values');
  });

  it('sparse: a header with nothing after it, or only blank lines and comments', () => {
    expect(refusal('SIAPCAT-CAPTURE 1\r\n').text.en).toContain('no readings');
    expect(refusal(`SIAPCAT-CAPTURE 1\n${'\n# nothing\n'.repeat(500)}`).text.en).toContain('no readings');
  });

  it('malformed: a wrong version, a value outside a section, a line that is neither', () => {
    expect(refusal('SIAPCAT-CAPTURE 9\n[A]\n').text.en).toContain("Unknown capture version '9'");
    expect(refusal('SIAPCAT-CAPTURE 1\nName=x\n').text.en).toContain('outside any [Class]');
    expect(refusal('SIAPCAT-CAPTURE 1\n[Win32_Processor]\nthis is not a value\n').text.en).toContain('line 3');
    expect(refusal('SIAPCAT-CAPTURE 1\n[Win32_Processor]\n__proto__=x\n').text.en).toContain('line 3');
  });

  it('deeply nested or damaged snapshot JSON', () => {
    expect(refusal(`{"format":"siapcat-snapshot/1","si":${'['.repeat(100_000)}${']'.repeat(100_000)}}`).text.en).toContain(
      'nested too deeply',
    );
    expect(refusal('{"format":"siapcat-snapshot/1",').text.en).toContain('not valid JSON');
  });

  it('junk values in a sound shape: numbers that are not, absurd sizes, a 900-character camera name', () => {
    const junk = win7
      .replace('MaxClockSpeed=3201', 'MaxClockSpeed=fast')
      .replace('Name=Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz', 'Name=Intel(R) Pentium(R) 4')
      .replace('Capacity=4294967296', 'Capacity=99999999999999999999999')
      .replace('Size=500105249280', 'Size=-1')
      .replace('Name=Logitech HD Webcam C270', `Name=${'C'.repeat(900)}`)
      .replace('LocalDateTime=20261203083015.218000+480', 'LocalDateTime=20261399999999.000000+999');
    const snapshot = read(junk);
    expect(snapshot.capturedAt).toBe('2026-12-03T05:00:00.000Z');
    const report = judgeSnapshot(snapshot, 'client');
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(check('cpu-speed').status).toBe('unknown');
    expect(check('webcam').status).toBe('unknown');
    expect(check('webcam').reason?.en).toContain('damaged');
  });
});
