import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../cmdline/io.js';
import { type AppError } from '../../protocol/errors.js';
import { parseRunArgs } from './cli.js';

const io: CliIO = {
  stdout: () => undefined,
  stderr: () => undefined,
  env: { SIAPCAT_KEY_FILE: '/tmp/siapcat-test-keys.json' },
  cwd: '/',
  lang: 'id',
};
const base = ['--hub', 'http://192.168.10.1:8080', '--token', 'TOKEN', '--role', 'client', '--id', 'PC-017'];

function usageError(argv: string[]): AppError {
  try {
    parseRunArgs(argv, io);
  } catch (err) {
    return err as AppError;
  }
  throw new Error('no error');
}

describe('agent run arguments', () => {
  it('reads placement, schedule and probe size', () => {
    const args = parseRunArgs(
      [...base, '--server', 'S1', '--room', 'R1', '--seat', '17', '--probe-mb', '4', '--schedule', '*/15 * * * *'],
      io,
    )!;
    expect(args).toMatchObject({
      hubUrl: 'http://192.168.10.1:8080/',
      token: 'TOKEN',
      role: 'client',
      id: 'PC-017',
      placement: { serverId: 'S1', roomId: 'R1', seat: 17 },
      probeBytes: 4 * 1024 * 1024,
      schedule: '*/15 * * * *',
      keyFile: '/tmp/siapcat-test-keys.json',
    });
  });

  it('refuses bad values with a bilingual usage error', () => {
    expect(usageError([...base.slice(0, 4), '--role', 'monitor', '--id', 'PC-1']).text.en).toContain(
      '--role must be one of server, mobile-server, client',
    );
    expect(usageError([...base.slice(0, 6), '--id', 'PC 17']).text.id).toContain("--id 'PC 17' tidak sah");
    expect(usageError(['--hub', 'hub.lokal', '--role', 'client', '--id', 'A']).text.en).toContain('is not an address like http://');
    expect(usageError([...base, '--schedule', 'sering']).code).toBe('usage');
    expect(usageError([...base, '--seat', '0']).text.en).toContain('--seat must be a whole number 1–10000');
    expect(usageError(['--role', 'client']).text.id).toContain('Opsi --hub wajib diisi');
  });
});
