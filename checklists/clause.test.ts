import { describe, expect, it } from 'vitest';
import { formatClause } from './clause.js';

describe('formatClause', () => {
  it('prints one item, several items, or the whole section', () => {
    expect(formatClause({ section: 'C.4.b.2.a', items: [5], level: 'rekomendasi' })).toBe('Lampiran C.4.b.2.a(5)');
    expect(formatClause({ section: 'C.4.b.1.a', items: [4, 5], level: 'minimal' })).toBe('Lampiran C.4.b.1.a(4)/(5)');
    expect(formatClause({ section: 'C.4.b.1.e', items: [], level: 'minimal' })).toBe('Lampiran C.4.b.1.e');
  });
});
