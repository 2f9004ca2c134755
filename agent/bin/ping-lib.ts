import type { ParserFactory, PingLib } from '../gather/ping-lib.js';

/**
 * agent/gather/ping-lib.ts as the single-file agent needs it: plain `require` calls with literal
 * names, which the bundler follows and puts into the one file. Only the bundle uses this module.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler needs a literal require here
export const loadPing = (): PingLib => require('ping') as PingLib;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler needs a literal require here
export const loadParserFactory = (): ParserFactory => require('ping/lib/parser/factory') as ParserFactory;
