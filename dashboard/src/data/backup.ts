import type { ApiClient } from './client.js';

/** POST /api/backup (admin only): the hub's encrypted backup, made now, and the file name it gave it. */
export function downloadBackup(api: ApiClient, passphrase: string): Promise<{ blob: Blob; filename: string | undefined }> {
  return api.file('/api/backup', undefined, { body: { passphrase } });
}
