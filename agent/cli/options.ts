import { intOption } from '../../cmdline/args.js';
import { EXIT } from '../../cmdline/io.js';
import { ROLES, isRole, type Role } from '../../protocol/terms.js';
import { AppError } from '../../protocol/errors.js';
import { isLang, type Lang } from '../../protocol/i18n.js';
import { isPingTarget } from '../gather/ping.js';

const usage = (id: string, en: string, usageLine: string) =>
  new AppError('usage', { id: `${id}\nCara pakai: ${usageLine}`, en: `${en}\nUsage: ${usageLine}` }, { exitCode: EXIT.usage });

export function roleOption(raw: string | undefined, usageLine: string): Role {
  if (raw === undefined || raw === '') {
    throw usage(`Opsi --role wajib diisi: ${ROLES.join(', ')}.`, `Option --role is required: ${ROLES.join(', ')}.`, usageLine);
  }
  if (!isRole(raw)) {
    throw usage(
      `Peran '${raw}' tidak dikenal; pilih ${ROLES.join(', ')}.`,
      `Unknown role '${raw}'; choose ${ROLES.join(', ')}.`,
      usageLine,
    );
  }
  return raw;
}

export function langOption(raw: string | undefined, fallback: Lang, usageLine: string): Lang {
  if (raw === undefined) return fallback;
  if (!isLang(raw))
    throw usage(`Bahasa '${raw}' tidak dikenal; pilih id atau en.`, `Unknown language '${raw}'; choose id or en.`, usageLine);
  return raw;
}

/** --ping may repeat and may hold a comma list: `--ping 10.0.0.1 --ping hub.local,10.0.0.2`. */
export function pingHosts(raw: readonly string[] | undefined, usageLine: string): string[] {
  const hosts = (raw ?? [])
    .flatMap((v) => v.split(','))
    .map((h) => h.trim())
    .filter(Boolean);
  for (const host of hosts) {
    if (!isPingTarget(host)) {
      throw usage(
        `'${host}' bukan nama host atau alamat IP yang sah untuk --ping.`,
        `'${host}' is not a valid host name or IP address for --ping.`,
        usageLine,
      );
    }
  }
  if (hosts.length > 10) throw usage('Paling banyak 10 host untuk --ping.', 'At most 10 hosts for --ping.', usageLine);
  return [...new Set(hosts)];
}

export function pingCount(raw: string | undefined): number {
  return intOption('ping-count', raw, 10, { min: 1, max: 100 });
}
