// Part 1 of the results benchmark: its numbers from the rounds, and its section of RESULTS.md.

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const r1 = (x) => +x.toFixed(1);
const r2 = (x) => +x.toFixed(2);

/** `Server-Timing: parse;dur=1.2, check;dur=3.4, app;dur=5.6` -> { parse: 1.2, check: 3.4, app: 5.6 }. */
export function serverTiming(header) {
  const phases = {};
  for (const m of (header ?? '').matchAll(/([\w-]+);dur=([\d.]+)/g)) phases[m[1]] = Number(m[2]);
  return phases;
}

/** Medians and ratios of some rounds: the ratios are of the medians, each measured in the same run. */
function over(rounds) {
  const parse = median(rounds.map((r) => r.parse));
  const imp = median(rounds.map((r) => r.import));
  const judge = median(rounds.map((r) => r.judge));
  const phase = (name) => r1(median(rounds.map((r) => r.phases[name] ?? Number.NaN)));
  return {
    n: rounds.length,
    parseAloneMs: r1(parse),
    importMs: r1(imp),
    importPhasesMs: {
      parseOnThread: phase('parse'),
      check: phase('check'),
      write: phase('write'),
      commit: phase('commit'),
      rest: r1(
        median(
          rounds.map((r) => r.import - (r.phases.parse ?? 0) - (r.phases.check ?? 0) - (r.phases.write ?? 0) - (r.phases.commit ?? 0)),
        ),
      ),
    },
    judgeMs: r1(judge),
    ratioImportToParse: r2(imp / parse),
    ratioImportPlusJudgeToParse: r2((imp + judge) / parse),
  };
}

/**
 * Round 0 is the first file (cold parser on the bench's parser thread, a new parser thread in the hub); the
 * later rounds are the steady state, where the target is judged. `formerDesign` is what the benchmark
 * reported until 2026-12-03 18:55Z: the median of the first three rounds (cold and warm mixed).
 */
export function summarize(rounds, rows, settleMs) {
  const warm = over(rounds.slice(1));
  return {
    rows,
    settleMs,
    warm,
    first: over(rounds.slice(0, 1)),
    formerDesign: over(rounds.slice(0, 3)),
    rounds: rounds.map((r) => ({ parse: r1(r.parse), import: r1(r.import), judge: r1(r.judge), phases: r.phases })),
    met: warm.ratioImportPlusJudgeToParse <= 1.5,
  };
}

export function part1Markdown(p) {
  const row = (name, s) =>
    `| ${name} | ${s.n} | ${s.parseAloneMs} | ${s.importMs} (${s.importPhasesMs.parseOnThread} + ${s.importPhasesMs.check} + ${s.importPhasesMs.write} + ${s.importPhasesMs.commit} + ${s.importPhasesMs.rest}) | ${s.judgeMs} | ${s.ratioImportToParse}x | **${s.ratioImportPlusJudgeToParse}x** |`;
  return `## 1. Importing and judging ${p.rows} results vs parsing the same file alone

Each round: a new session with a ${p.rows}-row roster; the same ${p.rows}-row results file parsed alone by the hub's
reader (\`parseResults\`, on a thread of the bench's own, timed inside it: the baseline), then imported through \`POST /api/sessions/:id/results\`,
then judged and reconciled by \`GET /api/sessions/:id/results\` (no check-ins: every row is also an anomaly). The hub's
times are its own (\`Server-Timing\`), with the import's phases: parse on the parser thread (rows handed back
included), row checks against the roster and recorded results, write (the entries, the import record and the audit
entry, in one transaction), its durable commit (\`synchronous=FULL\`), and the rest (reading the body, the answer). Each step starts
on a quiet hub (${p.settleMs} ms after the last change, past the outbox's collection). The target is judged on the
median of the ${p.warm.n} rounds after the first file (both parsers take two or three files to reach their speed); the
first file stands apart: it is also what a venue sees when its files come hours apart (an idle parser thread stops
after 5 minutes). Before each file the bench opens the session's results page as the dashboard does (an untimed
GET), which has the hub start a parser thread if none waits: since 2026-12-03 22:45Z the first file's import no
longer waits for a thread to start and load the parser, but its thread's code is still cold.

| rounds | n | parse alone (ms) | import (ms: parse on thread + check + write + commit + rest) | GET judge (ms) | import / parse | import + judge / parse |
| --- | --- | --- | --- | --- | --- | --- |
${row('warm (after the first file): the target', p.warm)}
${row('first file (cold parsers, a new parser thread: a venue importing hours after its last file)', p.first)}
${row('first three, as reported before 18:55Z', p.formerDesign)}

Target import + re-judge <= 1.5x parse alone, on the warm rounds: **${p.met ? 'met' : 'NOT met'}**.
Medians; every round is in [last-run.json](last-run.json).
`;
}
