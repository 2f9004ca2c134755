import { describe, expect, it } from 'vitest';
import { verdictOf } from './check.js';

describe('verdictOf', () => {
  it('is ready when every check passes or warns', () => {
    expect(verdictOf(['pass', 'warn', 'pass'])).toBe('ready');
  });
  it('is ready for an empty list (nothing to fail)', () => {
    expect(verdictOf([])).toBe('ready');
  });
  it('is incomplete when something is unknown and nothing fails', () => {
    expect(verdictOf(['pass', 'unknown', 'warn'])).toBe('incomplete');
  });
  it('is not-ready when anything fails, even beside unknowns', () => {
    expect(verdictOf(['unknown', 'fail', 'pass'])).toBe('not-ready');
    expect(verdictOf(['pass', 'unknown', 'fail'])).toBe('not-ready');
  });
});
