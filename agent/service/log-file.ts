import { appendFileSync, renameSync, statSync } from 'node:fs';

/**
 * The log of an agent run by the service manager (a Windows task has no console to write to):
 * appended line by line, rolled over to `.1` past `maxBytes`, so it never fills the disk.
 */
export function fileWriter(path: string, maxBytes = 1024 * 1024): (text: string) => void {
  return (text) => {
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) renameSync(path, `${path}.1`);
      appendFileSync(path, text, { mode: 0o600 });
    } catch {
      // Logging must never stop the agent.
    }
  };
}
