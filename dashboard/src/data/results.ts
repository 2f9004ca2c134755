import { z } from 'zod/mini';
import type { BoardSort, ExplainAnomalyRequest, ResultEntryRequest, ResultRow, ResultsImportResult, ResultsResponse } from '../../../protocol/results.js';
import type { BoardResponse, LetterIssued, LetterVerification, RekapHasil } from '../../../protocol/results-responses.js';
import { seg, type ApiClient } from './client.js';

/** Results calls (protocol/results.ts), each answer checked for the fields that say what it is. */
function shaped<T>(...keys: string[]) {
  return z.custom<T>(
    (value) => typeof value === 'object' && value !== null && keys.every((k) => k in value),
    { error: `expected an object with ${keys.join(', ')}` },
  );
}

const ResultsSchema = shaped<ResultsResponse>('results', 'rule', 'anomalies', 'counts');
const ImportSchema = shaped<ResultsImportResult>('imported', 'unchanged', 'rejected');
const BoardSchema = shaped<BoardResponse>('session', 'components', 'rows', 'counts', 'rule');
const RekapSchema = shaped<RekapHasil>('title', 'session', 'rows', 'signatories', 'rule');
const EntrySchema = z.object({ result: shaped<ResultRow>('participantNumber', 'status'), changed: z.boolean() });

const base = (id: string) => `/api/sessions/${seg(id)}/results`;

export function getResults(api: ApiClient, id: string): Promise<ResultsResponse> {
  return api.get(base(id), { schema: ResultsSchema });
}

/** POST the CAT team's results file (CSV or XLSX) as it is: the hub recognises the format from its bytes. */
export function importResults(api: ApiClient, id: string, file: Blob): Promise<ResultsImportResult> {
  return api.request('POST', base(id), { body: file, schema: ImportSchema });
}

export function enterResult(api: ApiClient, id: string, number: string, body: ResultEntryRequest) {
  return api.request('POST', `${base(id)}/${seg(number)}`, { body, schema: EntrySchema });
}

export function explainAnomaly(api: ApiClient, id: string, body: ExplainAnomalyRequest): Promise<ResultsResponse> {
  return api.request('POST', `${base(id)}/explanations`, { body, schema: ResultsSchema });
}

export function getBoard(api: ApiClient, id: string, sort: BoardSort): Promise<BoardResponse> {
  return api.get(`${base(id)}/board`, { query: { sort }, schema: BoardSchema });
}

export function getRekap(api: ApiClient, id: string): Promise<RekapHasil> {
  return api.get(`${base(id)}/rekap`, { schema: RekapSchema });
}

/** The announcement list for the committee as a file: CSV, XLSX or PDF. */
export function exportResults(api: ApiClient, id: string, format: 'csv' | 'xlsx' | 'pdf') {
  return api.file(`${base(id)}/export`, { format });
}

const LetterSchema = shaped<LetterIssued>('code', 'content');
const VerificationSchema = shaped<LetterVerification>('valid', 'code', 'content', 'stillCurrent');

/** Issues a "Surat Keterangan Telah Mengikuti Seleksi" (the hub records it with its code). */
export function issueLetter(api: ApiClient, id: string, number: string): Promise<LetterIssued> {
  return api.request('POST', `${base(id)}/${seg(number)}/letter`, { schema: LetterSchema });
}

/** The letter as a printable PDF. */
export function letterPdf(api: ApiClient, code: string) {
  return api.file(`/api/results/letters/${seg(code)}/pdf`);
}

/** Checks a letter's verification code against what the hub issued. */
export function verifyLetter(api: ApiClient, code: string): Promise<LetterVerification> {
  return api.get(`/api/results/letters/${seg(code)}`, { schema: VerificationSchema });
}
