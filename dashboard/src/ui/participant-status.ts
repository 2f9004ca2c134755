import { css, html } from 'lit';
import { PARTICIPANT_STATUS_LABELS, type ParticipantStatus } from '../../../protocol/exam.js';
import type { Localized } from '../../../protocol/i18n.js';

/** A mark that also reads in black and white (print, colour blindness): never colour alone. */
const MARK: Record<ParticipantStatus, string> = { present: '✓', absent: '–', refused: '✕' };

/**
 * A participant's attendance status as a coloured badge with a mark and its word (Hadir / Tidak
 * hadir / Ditolak). Rendered in the page's own DOM so the row's text carries it; the page adds
 * `statusStyles` to its styles.
 */
export function statusBadge(status: ParticipantStatus, t: (text: Localized) => string, label: Localized = PARTICIPANT_STATUS_LABELS[status]) {
  return html`<span class="pstatus ${status}" data-status=${status}
    ><span aria-hidden="true">${MARK[status]}</span> ${t(label)}</span
  >`;
}

export const statusStyles = css`
  .pstatus {
    display: inline-block;
    white-space: nowrap;
    font-weight: 600;
    font-size: 0.85rem;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .pstatus.present {
    color: var(--siap-ready);
    background: var(--siap-ready-bg);
  }
  .pstatus.absent {
    color: var(--siap-offline);
    background: var(--siap-offline-bg);
  }
  .pstatus.refused {
    color: var(--siap-bad);
    background: var(--siap-bad-bg);
  }
  @media print {
    .pstatus {
      color: #000 !important;
      background: none !important;
      border: 0;
      padding: 0;
      font-size: inherit;
    }
  }
`;
