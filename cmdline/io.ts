import type { Lang } from '../protocol/i18n.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  lang: Lang;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    lang: process.env.SIAPCAT_LANG === 'en' ? 'en' : 'id',
  };
}

/** Exit codes shared by every command. 0-2 are verdicts for `agent check`; 3+ are errors. */
export const EXIT = {
  ok: 0,
  notReady: 1,
  incomplete: 2,
  usage: 3,
  input: 4,
  runtime: 5,
  internal: 70,
} as const;
