import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../protocol/errors.js';
import { EXIT } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict option parsing with bilingual errors: an unknown flag, a missing value or a stray
 * positional argument becomes a usage AppError (exit 3), never a stack trace.
 */
export function parseOptions<O extends Options>(argv: string[], options: O, usage: string, config: { allowPositionals?: boolean } = {}) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: config.allowPositionals ?? false });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new AppError(
      'usage',
      {
        id: `Perintah tidak dikenali: ${translateParseError(detail)}\nCara pakai: ${usage}`,
        en: `Invalid command line: ${detail}\nUsage: ${usage}`,
      },
      { exitCode: EXIT.usage },
    );
  }
}

function translateParseError(detail: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(detail);
  if (unknown) return `opsi '${unknown[1]}' tidak dikenal`;
  const missing = /Option '([^']+)' argument missing/.exec(detail);
  if (missing) return `opsi '${missing[1]}' perlu nilai`;
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(detail);
  if (ambiguous) return `nilai opsi '${ambiguous[1]}' diawali '-'; bila memang begitu, tulis ${ambiguous[1]}=NILAI`;
  const positional = /Unexpected argument '([^']+)'/.exec(detail);
  if (positional) return `argumen '${positional[1]}' tidak diharapkan`;
  return detail;
}

/** Parses a whole number option within bounds, with a bilingual error naming the option. */
export function intOption(name: string, raw: string | undefined, fallback: number, bounds: { min: number; max: number }): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new AppError(
      'usage',
      {
        id: `Nilai --${name} harus bilangan bulat ${bounds.min}–${bounds.max}, bukan '${raw}'.`,
        en: `--${name} must be a whole number ${bounds.min}–${bounds.max}, not '${raw}'.`,
      },
      { exitCode: EXIT.usage },
    );
  }
  return value;
}

/** A required option that is missing. */
export function requireOption(name: string, value: string | undefined, usage: string): string {
  if (value === undefined || value === '') {
    throw new AppError(
      'usage',
      {
        id: `Opsi --${name} wajib diisi.\nCara pakai: ${usage}`,
        en: `Option --${name} is required.\nUsage: ${usage}`,
      },
      { exitCode: EXIT.usage },
    );
  }
  return value;
}
