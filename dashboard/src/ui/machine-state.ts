import type { MachineSummary } from '../../../protocol/api.js';
import { PRESENCE_WORDS, VERDICT_WORDS } from '../../../protocol/glossary.js';
import type { Localized } from '../../../protocol/i18n.js';

/**
 * What a seat or a machine shows: its verdict while online; "missing" (stopped talking) and
 * "offline" (by plan) override a stale verdict (the hub counts such a machine only as that);
 * "pending" before the first report; "empty" where no PC reports for a seat.
 */
export type MachineShow = 'ready' | 'not-ready' | 'incomplete' | 'missing' | 'offline' | 'pending' | 'empty';

export function showOf(machine: Pick<MachineSummary, 'online' | 'presence' | 'verdict'> | undefined): MachineShow {
  if (!machine) return 'empty';
  if (machine.presence === 'missing') return 'missing';
  if (!machine.online) return 'offline';
  return machine.verdict ?? 'pending';
}

export const SHOW_LABEL: Readonly<Record<MachineShow, Localized>> = { ...VERDICT_WORDS, ...PRESENCE_WORDS };

/** A symbol beside the colour, so the map reads without colour vision too. */
export const SHOW_MARK: Record<MachineShow, string> = {
  ready: '✓',
  'not-ready': '✕',
  incomplete: '?',
  missing: '!',
  offline: '○',
  pending: '…',
  empty: '',
};
