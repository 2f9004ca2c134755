// The baseline: only the systeminformation calls a snapshot holds, all at once, nothing else.
import si from 'systeminformation';
import { SI_FUNCTIONS } from '../../dist/protocol/snapshot-format.js';

await Promise.all(SI_FUNCTIONS.map((name) => si[name]()));
