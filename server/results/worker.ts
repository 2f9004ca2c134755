import { findRule } from '../../checklists/passing-grades/index.js';
import { serveParser } from '../exam/roster/thread-worker.js';
import { parseResults, type SessionDay } from './parse.js';

/** The results parser's thread (the roster's thread machinery): one file in, rows and refusals out. */
serveParser((job: { bytes: Uint8Array; rule: string; day: SessionDay }) => {
  const rule = findRule(job.rule);
  if (!rule) return Promise.reject(new Error(`unknown passing-grade rule ${job.rule}`));
  return parseResults(job.bytes, rule, job.day);
});
