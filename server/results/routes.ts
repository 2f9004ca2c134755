import { AppError } from '../../protocol/errors.js';
import { BOARD_SORTS, ExplainAnomalySchema, ResultEntrySchema, type BoardSort } from '../../protocol/results.js';
import { can, requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readFileBody, readJson } from '../http/json.js';
import { attachment } from '../exam/routes/params.js';
import type { ResultsDeps } from './deps.js';
import { warmResultsParser } from './parse-thread.js';
import { announcementCsv, announcementPdf, announcementXlsx } from './export.js';
import { importResults, type ImportTimings } from './import.js';
import { letterPdf } from './letter-pdf.js';
import { issueLetter, verifyLetter } from './letters.js';
import { BoardCache, rekapOf, resultsOf } from './service.js';
import { enterResult, explainAnomaly } from './write.js';
import type { ResultEntryAnswer } from '../../protocol/write-responses.js';

/** Largest results file accepted: 2,000 rows of CSV are ~100 KB; a province's XLSX a few MB. */
export const RESULTS_LIMIT_BYTES = 10 * 1024 * 1024;

const RESULT = { id: 'Data hasil', en: 'Result' };
const EXPLANATION = { id: 'Penjelasan anomali', en: 'Anomaly explanation' };

const numberOf = (raw: string | undefined) => (raw ?? '').trim().toUpperCase();

export function resultRoutes(app: HubApp, deps: ResultsDeps): void {
  const boards = new BoardCache(deps.changes);
  app.get('/api/sessions/:id/results', requirePermission('results.view'), (c) => {
    const answer = resultsOf(deps, c.req.param('id'), c.req.query('rule') || undefined);
    // The page that shows these results is where its importer picks the file: a parser thread gets ready meanwhile.
    if (can(c.get('user').role, 'results.import')) warmResultsParser();
    return c.json(answer);
  });

  app.post('/api/sessions/:id/results', requirePermission('results.import'), async (c) => {
    const bytes = await readFileBody(c, RESULTS_LIMIT_BYTES, 'results-multipart', { id: 'hasil', en: 'results' });
    const timings: ImportTimings = { parse: 0, check: 0, write: 0, commit: 0 };
    const answer = await importResults(deps, c.req.param('id'), bytes, c.get('user'), timings);
    c.header(
      'Server-Timing',
      Object.entries(timings)
        .map(([phase, ms]) => `${phase};dur=${ms.toFixed(2)}`)
        .join(', '),
      { append: true },
    );
    return c.json(answer);
  });

  app.get('/api/sessions/:id/results/board', requirePermission('results.board'), (c) => {
    const sort = (c.req.query('sort') ?? 'recorded') as BoardSort;
    if (!BOARD_SORTS.includes(sort)) {
      throw new AppError('invalid', {
        id: `Urutan '${sort}' tidak dikenal: pilih ${BOARD_SORTS.join(', ')}.`,
        en: `Unknown order '${sort}': use ${BOARD_SORTS.join(', ')}.`,
      });
    }
    return c.json(boards.get(deps, c.req.param('id'), sort));
  });

  app.get('/api/sessions/:id/results/rekap', requirePermission('results.rekap'), (c) => c.json(rekapOf(deps, c.req.param('id'))));

  app.get('/api/sessions/:id/results/export', requirePermission('results.export'), async (c) => {
    const format = (c.req.query('format') ?? 'xlsx').toLowerCase();
    if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') {
      throw new AppError('invalid', {
        id: `Format ekspor '${format.slice(0, 20)}' tidak dikenal: pilih csv, xlsx atau pdf.`,
        en: `Unknown export format '${format.slice(0, 20)}': use csv, xlsx or pdf.`,
      });
    }
    const rekap = rekapOf(deps, c.req.param('id'));
    const filename = `pengumuman-hasil-${rekap.session.id}.${format}`;
    c.header('Content-Disposition', attachment(filename));
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(announcementCsv(rekap));
    }
    if (format === 'pdf') {
      c.header('Content-Type', 'application/pdf');
      return c.body(new Uint8Array(await announcementPdf(rekap)));
    }
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(new Uint8Array(await announcementXlsx(rekap)));
  });

  app.post('/api/sessions/:id/results/:number/letter', requirePermission('results.letter'), (c) =>
    c.json(issueLetter(deps, c.req.param('id'), numberOf(c.req.param('number')), c.get('user')), 201),
  );

  app.get('/api/results/letters/:code', requirePermission('results.verify'), (c) => c.json(verifyLetter(deps, c.req.param('code'))));

  app.get('/api/results/letters/:code/pdf', requirePermission('results.letter'), async (c) => {
    const v = verifyLetter(deps, c.req.param('code'));
    const signer = deps.exam.session(v.content.sessionId).signatories.panselda[0];
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', attachment(`surat-keterangan-${v.content.participantNumber}.pdf`));
    return c.body(new Uint8Array(await letterPdf(v.content, v.code, signer)));
  });

  app.post('/api/sessions/:id/results/explanations', requirePermission('results.explain'), async (c) => {
    const body = await readJson(c, ExplainAnomalySchema, EXPLANATION);
    explainAnomaly(deps, c.req.param('id'), body, c.get('user'));
    return c.json(resultsOf(deps, c.req.param('id')));
  });

  app.post('/api/sessions/:id/results/:number', requirePermission('results.correct'), async (c) => {
    const body = await readJson(c, ResultEntrySchema, RESULT);
    const { result, changed } = enterResult(deps, c.req.param('id'), numberOf(c.req.param('number')), body, c.get('user'));
    return c.json({ result, changed } satisfies ResultEntryAnswer, changed ? 201 : 200);
  });
}
