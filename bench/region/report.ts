import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One repeat of the throughput phase: the region, then the same rows inserted bare every way. */
export interface ThroughputRepeat {
  rows: number;
  regionRowsPerS: number;
  bareArraysRowsPerS: number;
  bareJsonRowsPerS: number;
  /** Absent in runs before the jsonb way (2026-12-04). */
  bareJsonbRowsPerS?: number;
  ratio: number;
  loadAverage1m: number;
  /** CPU used during the region's part by the region's process and by the venues' process, in cores. */
  regionCpuCores: number;
  venuesCpuCores: number;
  /**
   * CPU ms per 1,000 rows: during the region's part, of the region's process, the venues' process and
   * PostgreSQL's processes; during the fastest bare way, of PostgreSQL and of the bench's process.
   */
  cpuMsPer1000Rows: { region: number; venues: number; pg: number; barePg: number; bareClient: number };
  /**
   * The same processes at rest just before the repeat (the view poller and the other venues' heartbeats
   * only), in cores: it runs through both sides' parts, and costs more per row where rows/s are fewer.
   */
  backgroundCores: { regionCores: number; pgCores: number };
}

export interface RegionBenchResult {
  date: string;
  machine: string;
  venues: number;
  steady: {
    seconds: number;
    changes: number;
    lagMs: { p50: number; p95: number; p99: number; max: number };
    pollMsMedian: number;
    regionCpuPercentOfOneCore: number;
  };
  throughput: { rows: number; regionRowsPerS: number; bareRowsPerS: number; ratio: number; repeats: ThroughputRepeat[] };
  outage: {
    venues: number;
    backlogEvents: number;
    caughtUp: number;
    slowestMs: number;
    medianMs: number;
    hubAckedMedianMs: number;
    hubAckedSlowestMs: number;
    viewPollMsMedian: number;
    viewPollMsMax: number;
  };
}

/** Where the CPU of one repeat went, both sides: on a shared 2-core machine the ratio follows it. */
function cpuPerRows(r: ThroughputRepeat): string {
  const c = r.cpuMsPer1000Rows;
  return `${c.region} + ${c.venues} + ${c.pg} = ${c.region + c.venues + c.pg} vs ${c.bareClient} + ${c.barePg} = ${c.bareClient + c.barePg}`;
}

/** Hand-written notes below this heading survive a new run. */
const NOTES_HEADING = '## Notes written by hand';

/** Writes bench/region/last-run.json and RESULTS.md (keeping the hand-written notes of the last one). */
export function writeRegionResults(repo: string, result: RegionBenchResult): void {
  const dir = join(repo, 'bench', 'region');
  writeFileSync(join(dir, 'last-run.json'), JSON.stringify(result, null, 2) + '\n');
  const resultsPath = join(dir, 'RESULTS.md');
  const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
  const notesAt = previous.indexOf(NOTES_HEADING);
  const notes = notesAt >= 0 ? previous.slice(notesAt) : `${NOTES_HEADING}\n`;
  const ok = (b: boolean) => (b ? 'met' : '**missed**');
  const { steady, throughput, outage } = result;
  const repeats = throughput.repeats
    .map(
      (r, i) =>
        `| ${i + 1} | ${r.rows} | ${r.regionRowsPerS} | ${r.bareArraysRowsPerS} | ${r.bareJsonRowsPerS} | ${r.bareJsonbRowsPerS ?? '–'} | ${r.ratio} | ${r.loadAverage1m} | ${r.regionCpuCores} / ${r.venuesCpuCores} | ${cpuPerRows(r)} | ${r.backgroundCores.regionCores} / ${r.backgroundCores.pgCores} |`,
    )
    .join('\n');
  writeFileSync(
    resultsPath,
    `# bench/region

\`npm run bench:region\` (${result.date}; ${result.machine}). One run: a regional service in its own
process on a throw-away PostgreSQL; ${result.venues} simulated venue hubs in another (each the hub's real outbox
in SQLite and its real pusher over HTTPS with the pinned CA). The machine is shared with other work,
so numbers vary between runs.

| measure | result | target |
| --- | --- | --- |
| lag from a venue's change to the regional view, p50 / p95 / p99 / max (${steady.changes} changes, every venue every 5 s, ${steady.seconds} s) | ${steady.lagMs.p50} / ${steady.lagMs.p95} / ${steady.lagMs.p99} / ${steady.lagMs.max} ms | p99 <= 2,000 ms: ${ok(steady.lagMs.p99 <= 2000)} |
| rows/s into PostgreSQL through the region (${throughput.rows} rows, 50 venues pushing at once) vs the fastest bare batched insert of the same rows; the median of ${throughput.repeats.length} repeats | ${throughput.regionRowsPerS} vs ${throughput.bareRowsPerS} rows/s = ${throughput.ratio} | >= 0.5: ${ok(throughput.ratio >= 0.5)} |
| 50 venues cut off while 1 hour of changes piles up (${outage.backlogEvents} events), then back: until the region holds all and shows them fresh, median / slowest | ${outage.medianMs} / ${outage.slowestMs} ms (${outage.caughtUp}/50) | <= 30,000 ms: ${ok(outage.caughtUp === 50 && outage.slowestMs <= 30_000)} |
| the same 50 venues: until their own pusher held the acknowledgement of all of it, median / slowest | ${outage.hubAckedMedianMs} / ${outage.hubAckedSlowestMs} ms | |
| region CPU during the steady phase | ${steady.regionCpuPercentOfOneCore} % of one core | |

The throughput repeats (rows/s; the ratio is the region against the fastest bare way of the same repeat):

| repeat | rows | region | bare, arrays | bare, json | bare, jsonb | ratio | load (1 min) | CPU cores during the region's part: region / venues | CPU ms per 1,000 rows: region + venues + PostgreSQL = all, vs bare: bench + PostgreSQL = all | at rest before it (poller, heartbeats), cores: region / PostgreSQL |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${repeats}

How it is measured: the lag is from the moment a venue appends a change to its outbox until the first
poll of \`GET /api/region/venues\` (every 500 ms, median poll ${steady.pollMsMedian} ms) that shows it, so
it includes the pusher's 100 ms gathering, HTTPS, the region's validation and PostgreSQL transaction,
and up to one poll period.

The two sides of the throughput ratio, each repeat on new rows:
- **The region**: 50 simulated venues, each with 2,000 new changes (2,500 outbox events), push them at
  once through their real pushers (batches of 500 over HTTPS) until every one holds the region's
  acknowledgement of all of it. Each push is the whole path: HTTPS, reading the body, the envelope
  and each payload's schema, the secret/NIK scan, then one call of \`push_events\`: the venue's row
  lock, the unique (venue, seq) insert, the newest-state upsert once per subject per batch, the
  acknowledgement walk and the venue's update, in one transaction.
- **The bare insert**: the same rows, read back from the venues' outboxes, in the same batches (500
  rows of one venue) over 10 connections (the region's pool size), into a table with the event
  table's essential shape (venue, seq, kind, key, at, received_at, jsonb payload; primary key
  (venue, seq); ON CONFLICT DO NOTHING), done three ways: parallel arrays through \`unnest\`, one
  json text through \`json_to_recordset\` (the way the region passed a push until migration 0005), and
  one jsonb value through \`jsonb_to_recordset\` (the way it passes one now). The fastest way of the
  repeat is the baseline. Nothing else: no HTTPS, no checks, no lock, no upsert, no acknowledgement.

The outage's venues fail every push at once while cut (as with a dead line), so their pushers back
off with full jitter up to the cap; the catch-up time includes that last wait. During the catch-up the
view was read every 250 ms (each read: median ${outage.viewPollMsMedian} ms, slowest ${outage.viewPollMsMax} ms).

${notes}`,
  );
}
