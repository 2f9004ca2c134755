import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT } from '../../cmdline/io.js';
import type { Localized } from '../../protocol/i18n.js';
import { backupError } from './errors.js';

/** Shortest passphrase accepted for a new backup (a restore takes whatever the backup was made with). */
export const MIN_PASSPHRASE = 12;
const MAX_PASSPHRASE_FILE = 1024;

/** A secret on the command line shows in the process list and the shell's history: refused outright. */
export function refuseSecretArguments(argv: readonly string[]): void {
  if (argv.some((a) => /^--(backup-)?passphrase(=|$)/.test(a))) {
    throw backupError(
      'usage',
      'Frasa sandi tidak boleh ditulis di baris perintah (terlihat di daftar proses dan riwayat shell). Pakai --passphrase-file BERKAS, variabel SIAPCAT_BACKUP_PASSPHRASE_FILE atau SIAPCAT_BACKUP_PASSPHRASE, atau ketik saat diminta.',
      'A passphrase is never given on the command line (it shows in the process list and the shell history). Use --passphrase-file FILE, SIAPCAT_BACKUP_PASSPHRASE_FILE or SIAPCAT_BACKUP_PASSPHRASE, or type it when asked.',
      { exitCode: EXIT.usage },
    );
  }
}

export function passphraseFromFile(path: string): string {
  let text: string;
  try {
    if (statSync(path).size > MAX_PASSPHRASE_FILE) throw new Error(`over ${MAX_PASSPHRASE_FILE} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw backupError(
      'backup-passphrase-file',
      `Berkas frasa sandi ${path} tidak bisa dibaca (${(err as Error).message}). Periksa nama dan izinnya; isinya satu baris.`,
      `Cannot read the passphrase file ${path} (${(err as Error).message}). Check its name and permissions; it holds one line.`,
    );
  }
  return text.replace(/\r?\n$/, '');
}

export interface PassphraseSource {
  /** --passphrase-file, when given. */
  file?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asks a person (no echo); undefined when nobody can be asked (no terminal). */
  ask?: (question: Localized) => Promise<string>;
}

/** The passphrase from --passphrase-file, SIAPCAT_BACKUP_PASSPHRASE_FILE, SIAPCAT_BACKUP_PASSPHRASE, or the terminal. */
export async function readPassphrase(source: PassphraseSource, purpose: 'new' | 'open'): Promise<string> {
  const file = source.file ?? source.env.SIAPCAT_BACKUP_PASSPHRASE_FILE;
  let value: string | undefined;
  if (file) value = passphraseFromFile(resolve(source.cwd, file));
  else if (source.env.SIAPCAT_BACKUP_PASSPHRASE) value = source.env.SIAPCAT_BACKUP_PASSPHRASE;
  else if (source.ask) {
    value = await source.ask({ id: 'Frasa sandi cadangan: ', en: 'Backup passphrase: ' });
    if (purpose === 'new' && value.length >= MIN_PASSPHRASE) {
      const again = await source.ask({ id: 'Ulangi frasa sandi: ', en: 'Repeat the passphrase: ' });
      if (again !== value)
        throw backupError(
          'backup-passphrase-mismatch',
          'Kedua frasa sandi berbeda. Ulangi perintahnya.',
          'The two passphrases differ. Run the command again.',
        );
    }
  } else {
    throw backupError(
      'backup-no-passphrase',
      'Tidak ada frasa sandi: pakai --passphrase-file BERKAS, SIAPCAT_BACKUP_PASSPHRASE_FILE atau SIAPCAT_BACKUP_PASSPHRASE, atau jalankan di terminal agar ditanya.',
      'No passphrase: use --passphrase-file FILE, SIAPCAT_BACKUP_PASSPHRASE_FILE or SIAPCAT_BACKUP_PASSPHRASE, or run it in a terminal to be asked.',
      { exitCode: EXIT.usage },
    );
  }
  if (purpose === 'new' && value.length < MIN_PASSPHRASE) {
    throw backupError(
      'backup-weak-passphrase',
      `Frasa sandi terlalu pendek (${value.length} karakter, minimal ${MIN_PASSPHRASE}). Pakai beberapa kata acak.`,
      `The passphrase is too short (${value.length} characters, at least ${MIN_PASSPHRASE}). Use a few random words.`,
      { exitCode: EXIT.usage },
    );
  }
  if (value.length === 0)
    throw backupError('backup-no-passphrase', 'Frasa sandi kosong.', 'The passphrase is empty.', { exitCode: EXIT.usage });
  return value;
}

/** Reads a line from the terminal without echoing it; undefined when stdin is not a terminal. */
export function terminalAsker(lang: 'id' | 'en'): PassphraseSource['ask'] {
  const stdin = process.stdin;
  if (!stdin.isTTY) return undefined;
  return (question) =>
    new Promise<string>((done, fail) => {
      process.stderr.write(question[lang]);
      let value = '';
      const finish = () => {
        stdin.off('data', onData);
        stdin.setRawMode(false);
        stdin.pause();
        process.stderr.write('\n');
      };
      const onData = (text: string) => {
        for (const ch of text) {
          if (ch === '\r' || ch === '\n') {
            finish();
            done(value);
            return;
          }
          if (ch === '\u0003') {
            finish();
            fail(backupError('cancelled', 'Dibatalkan.', 'Cancelled.', { exitCode: EXIT.usage }));
            return;
          }
          if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
          else value += ch;
        }
      };
      stdin.setRawMode(true);
      stdin.setEncoding('utf8');
      stdin.on('data', onData);
      stdin.resume();
    });
}
