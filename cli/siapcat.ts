#!/usr/bin/env node
import { main } from './main.js';
import { processIO } from '../cmdline/io.js';

const code = await main(process.argv.slice(2), processIO());
// Long-running commands (hub, agent run) keep their own handles open and resolve only when done.
process.exitCode = code;
