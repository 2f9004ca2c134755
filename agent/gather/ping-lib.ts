import { createRequire } from 'node:module';

/**
 * The ping package, loaded on first use (most runs never ping). The single-file agent replaces
 * this module with agent/bin/ping-lib.ts at bundling time (see scripts/build-agent-bin.mjs),
 * because a bundle has no node_modules folder for `createRequire` to look in.
 */
const require = createRequire(import.meta.url);

export interface ParserLike {
  eat(line: string): unknown;
  getResult(): { times?: number[] };
}
export interface PingLib {
  promise: { probe(address: string, config: Record<string, unknown>): Promise<{ output: string }> };
}
export interface ParserFactory {
  createParser(addr: string, platform: string, config: Record<string, unknown>): ParserLike;
}

export const loadPing = (): PingLib => require('ping') as PingLib;
export const loadParserFactory = (): ParserFactory => require('ping/lib/parser/factory') as ParserFactory;
