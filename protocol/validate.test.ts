import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { AppError } from './errors.js';
import { validate } from './validate.js';

const schema = z.object({ username: z.string().check(z.minLength(1)), seat: z.int() });
const what = { id: 'Data masuk', en: 'Login data' };

describe('validate', () => {
  it('returns the parsed value when valid', () => {
    expect(validate(schema, { username: 'a', seat: 3 }, what)).toEqual({ username: 'a', seat: 3 });
  });

  it('names every problem in Indonesian and English', () => {
    let caught: unknown;
    try {
      validate(schema, { username: '', seat: 1.5 }, what);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as AppError;
    expect(err.code).toBe('invalid');
    expect(err.status).toBe(400);
    expect(err.text.id).toMatch(/^Data masuk tidak valid: username: Terlalu kecil/);
    expect(err.text.id).toContain('seat:');
    expect(err.text.en).toMatch(/^Login data is not valid: username: Too small/);
    expect(err.details).toHaveLength(2);
  });
});
