import { z } from 'zod/mini';
import {
  ResultRowSchema,
  ResultsImportResultSchema,
  ResultsResponseSchema,
  type BoardSort,
  type ExplainAnomalyRequest,
  type ResultEntryRequest,
  type ResultsImportResult,
  type ResultsResponse,
} from '../../../protocol/results.js';
import {
  BoardResponseSchema,
  LetterIssuedSchema,
  LetterVerificationSchema,
  RekapHasilSchema,
  type BoardResponse,
  type LetterIssued,
  type LetterVerification,
  type RekapHasil,
} from '../../../protocol/results-responses.js';
import { seg, type ApiClient } from './client.js';

/** Results calls; each answer is read with the protocol's schema of it (protocol/results.ts, results-responses.ts). */
const EntrySchema = z.object({ result: ResultRowSchema, changed: z.boolean() });

const base = (id: string) => `/api/sessions/${seg(id)}/results`;

export function getResults(api: ApiClient, id: string): Promise<ResultsResponse> {
  return api.get(base(id), { schema: ResultsResponseSchema });
}

/** POST the CAT team's results file (CSV or XLSX) as it is: the hub recognises the format from its bytes. */
export function importResults(api: ApiClient, id: string, file: Blob): Promise<ResultsImportResult> {
  return api.request('POST', base(id), { body: file, schema: ResultsImportResultSchema });
}

export function enterResult(api: ApiClient, id: string, number: string, body: ResultEntryRequest) {
  return api.request('POST', `${base(id)}/${seg(number)}`, { body, schema: EntrySchema });
}

export function explainAnomaly(api: ApiClient, id: string, body: ExplainAnomalyRequest): Promise<ResultsResponse> {
  return api.request('POST', `${base(id)}/explanations`, { body, schema: ResultsResponseSchema });
}

export function getBoard(api: ApiClient, id: string, sort: BoardSort): Promise<BoardResponse> {
  return api.get(`${base(id)}/board`, { query: { sort }, schema: BoardResponseSchema });
}

export function getRekap(api: ApiClient, id: string): Promise<RekapHasil> {
  return api.get(`${base(id)}/rekap`, { schema: RekapHasilSchema });
}

/** The announcement list for the committee as a file: CSV, XLSX or PDF. */
export function exportResults(api: ApiClient, id: string, format: 'csv' | 'xlsx' | 'pdf') {
  return api.file(`${base(id)}/export`, { format });
}

/** Issues a "Surat Keterangan Telah Mengikuti Seleksi" (the hub records it with its code). */
export function issueLetter(api: ApiClient, id: string, number: string): Promise<LetterIssued> {
  return api.request('POST', `${base(id)}/${seg(number)}/letter`, { schema: LetterIssuedSchema });
}

/** The letter as a printable PDF. */
export function letterPdf(api: ApiClient, code: string) {
  return api.file(`/api/results/letters/${seg(code)}/pdf`);
}

/** Checks a letter's verification code against what the hub issued. */
export function verifyLetter(api: ApiClient, code: string): Promise<LetterVerification> {
  return api.get(`/api/results/letters/${seg(code)}`, { schema: LetterVerificationSchema });
}
