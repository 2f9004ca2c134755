import { describe, expect, it } from 'vitest';
import { checkinResponse, participant } from '../../testing/exam-fixtures.js';
import { loadPrintPrefs, savePrintPrefs, SlipQueue } from './slip-print.js';

const slip = (n: number) => checkinResponse(participant({ number: `2430011012000000${n}` }), `PIN00${n}`).slip!;

describe('slip printing', () => {
  it('prints the latest slip on thermal paper, and eight queued slips per A4 sheet', () => {
    const q = new SlipQueue();
    expect(q.take('thermal')).toEqual([]);
    for (let i = 1; i <= 9; i++) q.add(slip(i));
    expect(q.take('thermal').map((s) => s.pin)).toEqual(['PIN009']);
    expect(q.pending).toBe(9);
    expect(q.take('sheet').map((s) => s.pin)).toEqual(['PIN001', 'PIN002', 'PIN003', 'PIN004', 'PIN005', 'PIN006', 'PIN007', 'PIN008']);
    expect(q.take('sheet').map((s) => s.pin)).toEqual(['PIN009']);
    expect(q.pending).toBe(0);
  });

  it('prints by itself only when asked: every slip on thermal, a full sheet on A4', () => {
    const q = new SlipQueue();
    q.add(slip(1));
    expect(q.due({ paper: 'thermal', auto: false })).toBe(false);
    expect(q.due({ paper: 'thermal', auto: true })).toBe(true);
    expect(q.due({ paper: 'sheet', auto: true })).toBe(false);
    for (let i = 2; i <= 8; i++) q.add(slip(i));
    q.add(slip(8));
    expect(q.pending).toBe(8);
    expect(q.due({ paper: 'sheet', auto: true })).toBe(true);
  });

  it('keeps the desk PC choice, and falls back to thermal without auto-print on junk', () => {
    localStorage.setItem('siapcat.desk.print', '{not json');
    expect(loadPrintPrefs()).toEqual({ paper: 'thermal', auto: false });
    savePrintPrefs({ paper: 'sheet', auto: true });
    expect(loadPrintPrefs()).toEqual({ paper: 'sheet', auto: true });
    localStorage.removeItem('siapcat.desk.print');
  });
});
