import { html } from 'lit';
import type { PageRoute } from './page.js';
import { PATTERNS } from './paths.js';

/** Every page, in navigation order. See app/page.ts for how to add one. */
export const ROUTES: PageRoute[] = [
  {
    pattern: PATTERNS.overview,
    title: { id: 'Ringkasan lokasi', en: 'Venue overview' },
    nav: { id: 'Ringkasan', en: 'Overview' },
    load: () => import('../pages/overview/overview-page.js'),
    render: ({ services }) => html`<siap-overview-page .services=${services}></siap-overview-page>`,
  },
  {
    pattern: PATTERNS.machines,
    title: { id: 'Daftar PC', en: 'PCs' },
    nav: { id: 'PC', en: 'PCs' },
    load: () => import('../pages/machines/machines-page.js'),
    render: ({ services, query }) =>
      html`<siap-machines-page .services=${services} .query=${query}></siap-machines-page>`,
  },
  {
    pattern: PATTERNS.room,
    title: { id: 'Denah ruang', en: 'Room map' },
    load: () => import('../pages/room/room-page.js'),
    render: ({ services, params }) =>
      html`<siap-room-page .services=${services} .roomId=${params.id ?? ''}></siap-room-page>`,
  },
  {
    pattern: PATTERNS.machine,
    title: { id: 'Rincian PC', en: 'PC detail' },
    load: () => import('../pages/machine/machine-page.js'),
    render: ({ services, params }) =>
      html`<siap-machine-page .services=${services} .machineId=${params.id ?? ''}></siap-machine-page>`,
  },
  {
    pattern: PATTERNS.facilities,
    title: { id: 'Daftar periksa fasilitas', en: 'Facility checklist' },
    nav: { id: 'Fasilitas', en: 'Facilities' },
    load: () => import('../pages/facilities/facilities-page.js'),
    render: ({ services }) => html`<siap-facilities-page .services=${services}></siap-facilities-page>`,
  },
  {
    pattern: PATTERNS.custody,
    title: { id: 'Pengamanan dan uji coba', en: 'Custody and rehearsal' },
    nav: { id: 'Pengamanan', en: 'Custody' },
    load: () => import('../pages/custody/custody-page.js'),
    render: ({ services }) => html`<siap-custody-page .services=${services}></siap-custody-page>`,
  },
  {
    pattern: PATTERNS.handover,
    title: { id: 'Berita acara serah terima', en: 'Handover record (BAST)' },
    load: () => import('../pages/custody/handover-page.js'),
    render: ({ services, params }) =>
      html`<siap-handover-page .services=${services} .handoverId=${Number(params.id ?? 0)}></siap-handover-page>`,
  },
  {
    pattern: PATTERNS.trial,
    title: { id: 'Berita acara uji coba', en: 'Trial record' },
    load: () => import('../pages/custody/trial-page.js'),
    render: ({ services, params, query }) =>
      html`<siap-trial-page .services=${services} .trialId=${Number(params.id ?? 0)} .query=${query}></siap-trial-page>`,
  },
  {
    pattern: PATTERNS.sessions,
    title: { id: 'Sesi ujian', en: 'Exam sessions' },
    nav: { id: 'Hari ujian', en: 'Exam day' },
    load: () => import('../pages/sessions/sessions-page.js'),
    render: ({ services }) => html`<siap-sessions-page .services=${services}></siap-sessions-page>`,
  },
  {
    pattern: PATTERNS.session,
    title: { id: 'Sesi ujian', en: 'Exam session' },
    load: () => import('../pages/session/session-page.js'),
    render: ({ services, params }) =>
      html`<siap-session-page .services=${services} .sessionId=${params.id ?? ''}></siap-session-page>`,
  },
  {
    pattern: PATTERNS.desk,
    title: { id: 'Meja registrasi', en: 'Check-in desk' },
    load: () => import('../pages/desk/desk-page.js'),
    render: ({ services, params }) =>
      html`<siap-desk-page .services=${services} .sessionId=${params.id ?? ''}></siap-desk-page>`,
  },
  {
    pattern: PATTERNS.report,
    title: { id: 'Laporan kesiapan', en: 'Readiness report' },
    nav: { id: 'Laporan', en: 'Report' },
    load: () => import('../pages/report/report-page.js'),
    render: ({ services }) => html`<siap-report-page .services=${services}></siap-report-page>`,
  },
  {
    pattern: PATTERNS.setup,
    title: { id: 'Pengaturan lokasi', en: 'Venue setup' },
    nav: { id: 'Pengaturan', en: 'Setup' },
    load: () => import('../pages/setup/setup-page.js'),
    render: ({ services }) => html`<siap-setup-page .services=${services}></siap-setup-page>`,
  },
  {
    pattern: PATTERNS.monitor,
    title: { id: 'Mode monitor', en: 'Monitor mode' },
    nav: { id: 'Monitor', en: 'Monitor' },
    chrome: 'bare',
    load: () => import('../pages/monitor/monitor-page.js'),
    render: ({ services, query }) =>
      html`<siap-monitor-page .services=${services} .query=${query}></siap-monitor-page>`,
  },
  {
    pattern: PATTERNS.attendance,
    title: { id: 'Kehadiran peserta', en: 'Participant attendance' },
    load: () => import('../pages/attendance/attendance-page.js'),
    render: ({ services, params }) =>
      html`<siap-attendance-page .services=${services} .sessionId=${params.id ?? ''}></siap-attendance-page>`,
  },
  {
    pattern: PATTERNS.attendanceSheet,
    title: { id: 'Daftar hadir', en: 'Attendance sheet' },
    load: () => import('../pages/attendance-sheet/attendance-sheet-page.js'),
    render: ({ services, params, query }) =>
      html`<siap-attendance-sheet-page
        .services=${services}
        .sessionId=${params.id ?? ''}
        .query=${query}
      ></siap-attendance-sheet-page>`,
  },
  {
    pattern: PATTERNS.incidents,
    title: { id: 'Kejadian sesi', en: 'Session incidents' },
    load: () => import('../pages/incidents/incidents-page.js'),
    render: ({ services, params }) =>
      html`<siap-incidents-page .services=${services} .sessionId=${params.id ?? ''}></siap-incidents-page>`,
  },
  {
    pattern: PATTERNS.minutes,
    title: { id: 'Berita acara sesi', en: 'Session minutes (berita acara)' },
    load: () => import('../pages/minutes/minutes-page.js'),
    render: ({ services, params }) =>
      html`<siap-minutes-page .services=${services} .sessionId=${params.id ?? ''}></siap-minutes-page>`,
  },
  {
    pattern: PATTERNS.results,
    title: { id: 'Hasil sesi', en: 'Session results' },
    load: () => import('../pages/results/results-page.js'),
    render: ({ services, params }) =>
      html`<siap-results-page .services=${services} .sessionId=${params.id ?? ''}></siap-results-page>`,
  },
  {
    pattern: PATTERNS.resultsBoard,
    title: { id: 'Papan hasil', en: 'Results board' },
    chrome: 'bare',
    load: () => import('../pages/results-board/board-page.js'),
    render: ({ services, params, query }) =>
      html`<siap-results-board-page
        .services=${services}
        .sessionId=${params.id ?? ''}
        .query=${query}
      ></siap-results-board-page>`,
  },
  {
    pattern: PATTERNS.resultsRekap,
    title: { id: 'Rekap hasil', en: 'Results summary' },
    load: () => import('../pages/results-rekap/rekap-page.js'),
    render: ({ services, params }) =>
      html`<siap-rekap-page .services=${services} .sessionId=${params.id ?? ''}></siap-rekap-page>`,
  },
];
