import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETIRED_SYNONYMS } from '../../protocol/glossary.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every page, printout and terminal view people read: the dashboard, the agent's outputs, the hub's roll-up words. */
const READ_BY_PEOPLE = ['dashboard/src', 'agent/cli', 'agent/link', 'agent/service', 'server/readiness', 'server/exam/reports'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('one vocabulary', () => {
  const files = READ_BY_PEOPLE.flatMap(sources);

  it('reads a real set of sources', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files).toContain('dashboard/src/pages/overview/overview-page.ts');
  });

  it('uses no retired synonym of a state in any page, printout or terminal view', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const word of RETIRED_SYNONYMS) if (word.test(line)) found.push(`${relative('.', file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would catch each retired word', () => {
    for (const text of [
      "{ id: 'Belum lengkap' }",
      "'Tidak diketahui'",
      'TAK TERBACA',
      'tidak terbaca',
      "'TIDAK SIAP'",
      "en: 'Incomplete'",
    ]) {
      expect(
        RETIRED_SYNONYMS.some((w) => w.test(text)),
        text,
      ).toBe(true);
    }
  });
});
