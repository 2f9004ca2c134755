/**
 * A child process that dies under a gatherer (systeminformation writing to a PowerShell that never
 * started, or that a policy killed) surfaces as an `EPIPE` on a pipe nobody listens to. That is a
 * failed reading, never a reason for the agent to stop: it is reported once and the process goes
 * on (the reading's own time limit then marks it failed). Anything else is a real bug: reported
 * in both languages, exit 70.
 */
export function guardChildPipes(write: (text: string) => void = (t) => process.stderr.write(t)): void {
  let told = false;
  process.on('uncaughtException', (err: NodeJS.ErrnoException) => {
    const pipe = err && (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED');
    if (pipe && isOwnStdio(err)) process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    if (pipe) {
      if (!told) {
        told = true;
        write(
          `Peringatan: program pembantu (PowerShell/WMI) berhenti; pembacaan yang memakainya dinilai belum bisa dinilai.\n` +
            `Warning: a helper program (PowerShell/WMI) stopped; the readings that need it become unknown.\n`,
        );
      }
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    write(`Galat internal: ${message}\nInternal error: ${message}\n`);
    if (process.env.SIAPCAT_DEBUG === '1' && err instanceof Error && err.stack) write(`${err.stack}\n`);
    process.exit(70);
  });
}

/** An EPIPE on our own stdout (the reader went away, e.g. `| head`) ends the process quietly. */
function isOwnStdio(err: NodeJS.ErrnoException & { fd?: number }): boolean {
  return err.fd === 1 || err.fd === 2;
}
