import { describe, expect, it } from 'vitest';
import { FacilityItemSchemaCompatible } from '../test/helpers/facility-shape.js';
import { goodFacts } from '../test/helpers/facts.js';
import { assertChecklist, checklistData } from './checklist.js';
import { evaluateChecklist, UNKNOWN_FIX } from './evaluate.js';
import { DEFAULT_CHECKLIST, checklistRef, facilityItems } from './index.js';
import { assertParams, withParams } from './params.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import { ROLES } from '../protocol/check.js';
import { CheckResultSchema } from '../protocol/check.js';
import { isAppError } from '../protocol/errors.js';

describe('the Perbup Tanah Bumbu 73/2022 checklist', () => {
  it('has an id, a version and the sha256 of its canonical data', () => {
    const ref = checklistRef();
    expect(ref.id).toBe('perbup-tanah-bumbu-73-2022');
    expect(ref.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ref.sha256).toBe(sha256Hex(canonicalJson(checklistData(DEFAULT_CHECKLIST))));
  });

  it('holds the checks the issue names, with a clause per role and both languages', () => {
    const ids = DEFAULT_CHECKLIST.checks.map((c) => c.id);
    for (const id of [
      'cpu-speed',
      'ram-size',
      'os-supported',
      'disk-size',
      'nic-speed',
      'display-size',
      'webcam',
      'pointing-device',
      'keyboard',
      'browser',
      'virtual-machine',
      'ups',
      'lan-latency',
      'lan-loss',
      'lan-throughput',
    ]) {
      expect(ids).toContain(id);
    }
    for (const check of DEFAULT_CHECKLIST.checks) {
      expect(Object.keys(check.clauses).length).toBeGreaterThan(0);
      for (const text of [check.title, check.failTitle, check.fix]) {
        expect(text.id.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives client checks the level rekomendasi and server checks minimal', () => {
    const results = evaluateChecklist(DEFAULT_CHECKLIST, goodFacts(), 'client').filter((r) => r.clause.startsWith('Lampiran C.4.b.2'));
    expect(results.length).toBeGreaterThan(5);
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['rekomendasi']));
    expect(new Set(evaluateChecklist(DEFAULT_CHECKLIST, goodFacts(), 'server').map((r) => r.level))).toEqual(new Set(['minimal']));
  });

  it('judges good facts as passing for every role, in the wire shape', () => {
    for (const role of ROLES) {
      const results = evaluateChecklist(DEFAULT_CHECKLIST, goodFacts({ os: goodFacts().os }), role);
      for (const r of results) expect(CheckResultSchema.safeParse(r).success).toBe(true);
      expect(results.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(role === 'server' ? ['os-supported'] : []);
    }
  });

  it("lists the site's manual facility items in the shape the dashboard takes", () => {
    const items = facilityItems();
    const ids = items.map((i) => i.id);
    for (const id of [
      'lan-cabling',
      'genset',
      'ups',
      'lockers',
      'metal-detector',
      'lcd-tv',
      'projector',
      'scanner',
      'barcode-scanner',
      'laser-printer',
      'first-aid',
      'fire-extinguisher',
      'evacuation-signs',
      'internet',
    ]) {
      expect(ids).toContain(id);
    }
    expect(items.filter((i) => i.roomKind).map((i) => i.roomKind)).toEqual([
      'ruang-tes',
      'ruang-server',
      'ruang-monitoring',
      'ruang-tunggu',
      'loker',
      'registrasi',
    ]);
    for (const item of items) {
      expect(FacilityItemSchemaCompatible.safeParse(item).success).toBe(true);
      expect(item.verify.id && item.verify.en).toBeTruthy();
    }
  });

  it('is consistent (unique ids, valid params for each role)', () => {
    expect(() => assertChecklist(DEFAULT_CHECKLIST)).not.toThrow();
    expect(() => assertParams(DEFAULT_CHECKLIST)).not.toThrow();
    const badValue = {
      ...DEFAULT_CHECKLIST,
      checks: DEFAULT_CHECKLIST.checks.map((c) =>
        c.id === 'ram-size' ? { ...c, params: { ...c.params, client: { minGB: -4, usableMarginGB: 1 } } } : c,
      ),
    };
    expect(() => assertParams(badValue)).toThrow(/ram-size has bad params for client/);
    const broken = { ...DEFAULT_CHECKLIST, checks: [...DEFAULT_CHECKLIST.checks, DEFAULT_CHECKLIST.checks[0]!] };
    expect(() => assertChecklist(broken)).toThrow(/duplicate check id/);
  });
});

describe('venue params', () => {
  it('raise a browser minimum: a new version suffix and a different hash', () => {
    const venue = withParams(DEFAULT_CHECKLIST, {
      checklist: 'perbup-tanah-bumbu-73-2022',
      params: { browser: { client: { chromeMin: 151 } } },
    });
    expect(venue.version).toBe(`${DEFAULT_CHECKLIST.version}+venue`);
    expect(checklistRef(venue).sha256).not.toBe(checklistRef().sha256);
    const result = evaluateChecklist(venue, goodFacts(), 'client').find((r) => r.id === 'browser');
    expect(result).toMatchObject({ status: 'fail', expected: 'Chrome ≥ 151 / Firefox ≥ 140' });
    expect(DEFAULT_CHECKLIST.checks.find((c) => c.id === 'browser')?.params.client).toMatchObject({ chromeMin: 140 });
  });

  it('refuse unknown checks, roles a check does not have, bad values and another checklist, in both languages', () => {
    const attempts: unknown[] = [
      { params: { 'no-such-check': { client: {} } } },
      { params: { webcam: { server: {} } } },
      { params: { browser: { client: { chromeMin: 'latest' } } } },
      { params: { browser: { client: { typo: 1 } } } },
      { checklist: 'other-regulation', params: {} },
      ['not', 'an', 'object'],
    ];
    for (const attempt of attempts) {
      let caught: unknown;
      try {
        withParams(DEFAULT_CHECKLIST, attempt);
      } catch (err) {
        caught = err;
      }
      expect(isAppError(caught)).toBe(true);
      if (isAppError(caught)) {
        expect(caught.exitCode).toBe(4);
        expect(caught.text.id).toMatch(/parameter/);
        expect(caught.text.en).toMatch(/params/);
      }
    }
  });
});

describe('evaluateChecklist', () => {
  it('turns a throwing check into unknown with the error, and adds the general advice', () => {
    const boom = {
      ...DEFAULT_CHECKLIST.checks.find((c) => c.id === 'webcam')!,
      evaluate: () => {
        throw new Error('bug');
      },
    };
    const [result] = evaluateChecklist({ ...DEFAULT_CHECKLIST, checks: [boom] }, goodFacts(), 'client');
    expect(result).toMatchObject({ id: 'webcam', status: 'unknown', fix: UNKNOWN_FIX });
    expect(result?.reason?.en).toMatch(/Internal error in this check \(bug\)/);
  });

  it('leaves out checks that do not apply to the role', () => {
    expect(evaluateChecklist(DEFAULT_CHECKLIST, goodFacts(), 'server').map((r) => r.id)).not.toContain('webcam');
    expect(evaluateChecklist(DEFAULT_CHECKLIST, goodFacts(), 'client').map((r) => r.id)).not.toContain('ups');
  });
});
