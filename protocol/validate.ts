import { z } from 'zod/mini';
import { AppError } from './errors.js';
import type { Localized } from './i18n.js';
import './zod-english.js';

const indonesian = z.locales.id();

export interface IssueText {
  path: string;
  id: string;
  en: string;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(isi)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
}

/**
 * Validates untrusted data (an HTTP body, a WebSocket frame, a file) against a schema.
 * On failure throws an AppError `invalid` whose text names every problem in Indonesian and English.
 */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown, what: Localized, status = 400): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = describeIssues(schema, data, result.error);
  const list = (lang: 'id' | 'en') =>
    issues
      .slice(0, 8)
      .map((i) => `${i.path}: ${i[lang]}`)
      .join('; ');
  throw new AppError(
    'invalid',
    { id: `${what.id} tidak valid: ${list('id')}`, en: `${what.en} is not valid: ${list('en')}` },
    { status, details: issues },
  );
}

function describeIssues(schema: z.ZodMiniType, data: unknown, error: z.core.$ZodError): IssueText[] {
  const inIndonesian = schema.safeParse(data, { error: (issue) => indonesian.localeError(issue) });
  const idIssues = inIndonesian.success ? [] : inIndonesian.error.issues;
  return error.issues.map((issue, i) => ({
    path: pathOf(issue.path),
    en: issue.message,
    id: idIssues[i]?.message ?? issue.message,
  }));
}
