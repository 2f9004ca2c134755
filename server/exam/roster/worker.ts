import type { RosterBounds } from './extent.js';
import { parseRoster } from './parse.js';
import { serveParser } from './thread-worker.js';

/** The roster parser's thread: one file in, the parsed roster or the refusal out (see parse-thread.ts). */
serveParser((job: { bytes: Uint8Array; bounds: RosterBounds }) => parseRoster(job.bytes, job.bounds));
