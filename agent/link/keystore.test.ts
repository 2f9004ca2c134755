import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { defaultKeyFile, fileKeyStore, keySlot } from './keystore.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function dir() {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

describe('fileKeyStore', () => {
  it('starts empty, then keeps each identity in its own slot across store instances', () => {
    const path = join(dir(), 'nested', 'agent-keys.json');
    const a = fileKeyStore(path, keySlot('http://10.0.0.2:8080', 'PC-01'));
    const b = fileKeyStore(path, keySlot('http://10.0.0.2:8080', 'PC-02'));
    expect(a.load()).toEqual({ nextSeq: 1 });
    a.save({ key: 'kunci-rahasia-01', nextSeq: 4 });
    b.save({ nextSeq: 2 });
    expect(fileKeyStore(path, keySlot('http://10.0.0.2:8080/', 'PC-01')).load()).toEqual({ key: 'kunci-rahasia-01', nextSeq: 4 });
    expect(b.load()).toEqual({ nextSeq: 2 });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('sets a damaged file aside instead of overwriting it', () => {
    const d = dir();
    const path = join(d, 'agent-keys.json');
    writeFileSync(path, '{ rusak');
    const warnings: string[] = [];
    const store = fileKeyStore(path, 'slot', (w) => warnings.push(w));
    expect(store.load()).toEqual({ nextSeq: 1 });
    expect(warnings).toHaveLength(1);
    const aside = readdirSync(d).find((f) => f.startsWith('agent-keys.json.rusak-'));
    expect(aside && readFileSync(join(d, aside), 'utf8')).toBe('{ rusak');
    store.save({ nextSeq: 1 });
    expect(existsSync(path)).toBe(true);
  });

  it('names a file it cannot write, in both languages', () => {
    const d = dir();
    writeFileSync(join(d, 'file'), 'x');
    const store = fileKeyStore(join(d, 'file', 'keys.json'), 'slot');
    expect(() => store.save({ nextSeq: 1 })).toThrow(/Cannot write the agent key file/);
  });
});

describe('defaultKeyFile', () => {
  it('uses the per-user config folder of each system, or SIAPCAT_KEY_FILE', () => {
    expect(defaultKeyFile({ APPDATA: 'C:\\Users\\ujian\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ujian')).toBe(
      join('C:\\Users\\ujian\\AppData\\Roaming', 'SiapCAT', 'agent-keys.json'),
    );
    expect(defaultKeyFile({}, 'linux', '/home/ujian')).toBe('/home/ujian/.config/siapcat/agent-keys.json');
    expect(defaultKeyFile({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ujian')).toBe('/cfg/siapcat/agent-keys.json');
    expect(defaultKeyFile({ SIAPCAT_KEY_FILE: '/k.json' }, 'linux', '/home/ujian')).toBe('/k.json');
  });
});
