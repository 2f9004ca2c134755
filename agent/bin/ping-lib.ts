import type { ParserFactory, PingLib } from '../gather/ping-lib.js';

/**
 * agent/gather/ping-lib.ts as the single-file agent needs it: plain `require` calls with literal
 * names, which the bundler follows and puts into the one file. Only the bundle uses this module.
 */
export const loadPing = (): PingLib => require('ping') as PingLib;
export const loadParserFactory = (): ParserFactory => require('ping/lib/parser/factory') as ParserFactory;
