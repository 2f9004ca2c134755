import type { Localized } from '../protocol/i18n.js';
import type { Known } from './facts.js';
import type { Outcome, Text } from './types.js';

/** The outcome of a check whose fact could not be read: unknown, with the fact's own reason. */
export function unknownOutcome(expected: Text, reason: Localized, measured: Text | null = null): Outcome {
  return { status: 'unknown', measured, expected, reason };
}

/** Runs `judge` on a known fact, or gives unknown with the reason the fact is missing. */
export function withFact<T>(fact: Known<T>, expected: Text, judge: (value: T) => Outcome): Outcome {
  return fact.ok ? judge(fact.value) : unknownOutcome(expected, fact.reason);
}

export function textOf(text: Text, lang: 'id' | 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Joins texts into one, per language. */
export function joinText(parts: readonly Text[], separator: string): Text {
  if (parts.every((p) => typeof p === 'string')) return parts.join(separator);
  return { id: parts.map((p) => textOf(p, 'id')).join(separator), en: parts.map((p) => textOf(p, 'en')).join(separator) };
}
