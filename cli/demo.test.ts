import { describe, expect, it } from 'vitest';
import { demoAgentId } from './demo.js';

describe('demo', () => {
  it('makes a valid demo id from any computer name', () => {
    expect(demoAgentId('LAB-R4-05')).toBe('PC-LAB-R4-05');
    expect(demoAgentId('ruang tes (1)')).toBe('PC-ruang-tes--1-');
    expect(demoAgentId('---')).toBe('PC-DEMO');
  });
});
