/** A backup's file name, `siapcat-20261203-071500Z.siapcat-backup`: sorts by time, UTC so a clock change never reorders. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `siapcat-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}Z.siapcat-backup`;
}
