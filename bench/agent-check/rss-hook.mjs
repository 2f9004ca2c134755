// Loaded with `node --import` into a measured process: writes its peak resident set size (KiB)
// to the file named by SIAPCAT_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.SIAPCAT_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
