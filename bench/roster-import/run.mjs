// Roster import under attack and at full size: how long the hub's event loop stalls (longest gap
// between 5 ms timer ticks) while parsing, and how fast a sparse XLSX bomb is refused.
// Run: npm run bench:roster (builds first). Writes RESULTS.md and last-run.json beside this file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

const here = import.meta.dirname;
const { parseRosterOffThread: parseRoster, rosterWorkerAvailable } = await import(join(here, '../../dist/server/exam/roster/parse-thread.js'));
if (!rosterWorkerAvailable()) throw new Error('build first: the roster worker is missing from dist/');

function watchLoop() {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  return () => {
    clearInterval(timer);
    return worst;
  };
}

async function measure(name, bytes) {
  const stop = watchLoop();
  await new Promise((r) => setTimeout(r, 20));
  const start = performance.now();
  let outcome;
  try {
    const r = await parseRoster(bytes);
    outcome = `${r.rows.length} rows read`;
  } catch (err) {
    outcome = `refused: ${err.code}`;
  }
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 20));
  const stall = stop();
  return { name, bytes: bytes.byteLength, ms: Math.round(ms), worstStallMs: Math.round(stall), outcome };
}

const nik = (i) => `6310${String(1 + Math.floor(i / 9999)).padStart(2, '0')}550392${String((i % 9999) + 1).padStart(4, '0')}`;
const ROWS = Number(process.env.ROWS ?? 20_000);
const header = ['NO PESERTA', 'NIK', 'NAMA', 'JABATAN', 'RUANG', 'KURSI'];
const csv = [header.join(';'), ...Array.from({ length: ROWS }, (_, i) => `2430011012${String(i).padStart(7, '0')};${nik(i)};Peserta ${i};Analis;R${(i % 20) + 1};${(i % 50) + 1}`)].join('\r\n');
const xlsx = await writeXlsxFile(
  [header.map((value) => ({ value })), ...Array.from({ length: ROWS }, (_, i) => [
    { value: `2430011012${String(i).padStart(7, '0')}` }, { value: nik(i) }, { value: `Peserta ${i}` }, { value: 'Analis' }, { value: `R${(i % 20) + 1}` }, { value: String((i % 50) + 1) },
  ])],
).toBuffer();
const sheet = (cells) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;
const bomb = zipSync({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  'xl/workbook.xml': strToU8('<workbook/>'),
  'xl/worksheets/sheet1.xml': strToU8(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>NO PESERTA</t></is></c></row><row r="100000"><c r="XFD100000" t="inlineStr"><is><t>x</t></is></c></row>')),
}, { level: 9 });

const results = [];
// The machine's own noise in the same run: the same watch over 3 s of doing nothing.
{
  const stop = watchLoop();
  await new Promise((r) => setTimeout(r, 3000));
  results.push({ name: 'baseline: idle 3 s', bytes: 0, ms: 3000, worstStallMs: Math.round(stop()), outcome: '-' });
}
results.push(await measure('sparse XLSX, one cell at XFD100000', bomb));
results.push(await measure(`CSV, ${ROWS} rows`, new TextEncoder().encode(csv)));
results.push(await measure(`XLSX, ${ROWS} rows`, new Uint8Array(xlsx)));
console.table(results);
writeFileSync(join(here, 'last-run.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
