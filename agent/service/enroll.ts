import type { Placement } from '../../protocol/agent.js';
import type { Role } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import type { KeyStore } from '../link/keystore.js';
import { AgentLink } from '../link/link.js';

export interface EnrollInput {
  hubUrl: string;
  code: string;
  id: string;
  role: Role;
  placement: Placement;
  keys: KeyStore;
  agent: { version: string; platform?: string; host?: string };
  addresses: string[];
  /** The hub's CA (PEM), matched against the pinned fingerprint, for an https:// hub. */
  ca?: string;
  timeoutMs?: number;
}

/** Refusals after which trying again with the same code cannot help. */
const FINAL = new Set(['bad-token', 'bad-code', 'code-used', 'code-expired', 'duplicate-id', 'bad-key', 'role-locked', 'unsupported-version']);

/**
 * Spends an enrollment code: one hello, the hub's welcome with this PC's own key (saved in the
 * key store by the link), then the link closes. The service started afterwards says hello with
 * that key only. An unreachable hub or a refusal is an AppError naming what to do.
 */
export function enrollOnce(input: EnrollInput): Promise<{ placement: Placement; refusal: Localized | null }> {
  return new Promise((resolve, reject) => {
    let last: Localized = { id: 'tidak ada jawaban', en: 'no answer' };
    const link = new AgentLink({
      hubUrl: input.hubUrl,
      id: input.id,
      role: input.role,
      placement: input.placement,
      token: input.code,
      keys: input.keys,
      agent: input.agent,
      addresses: input.addresses,
      ...(input.ca ? { ca: input.ca } : {}),
      backoff: { baseMs: 500, maxMs: 3000 },
      onWelcome: (w) => {
        clearTimeout(timer);
        link.stop();
        resolve({ placement: w.placement, refusal: w.refusal ? { id: w.refusal.message, en: w.refusal.en } : null });
      },
      onNotice: (n) => {
        last = n.text;
        if (FINAL.has(n.code)) {
          clearTimeout(timer);
          link.stop();
          reject(new AppError(n.code, n.text, { exitCode: 5 }));
        }
      },
    });
    const timer = setTimeout(() => {
      link.stop();
      reject(
        new AppError(
          'enroll-timeout',
          {
            id: `Pendaftaran ke hub ${input.hubUrl} tidak selesai dalam ${Math.round((input.timeoutMs ?? 30_000) / 1000)} detik (${last.id}). Periksa alamat hub dan jaringan, lalu ulangi perintah yang sama.`,
            en: `Enrollment at hub ${input.hubUrl} did not finish within ${Math.round((input.timeoutMs ?? 30_000) / 1000)} s (${last.en}). Check the hub address and the network, then run the same command again.`,
          },
          { exitCode: 5 },
        ),
      );
    }, input.timeoutMs ?? 30_000);
    link.start();
  });
}
