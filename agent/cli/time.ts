/** Indonesian zone names for the zones the country uses; others show as an offset. */
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "22/11/2026 16:52 WITA": dd/mm/yyyy, 24-hour clock, in the given IANA time zone. */
export function formatLocalTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = String(parts.timeZoneName).replace('GMT', 'UTC');
  const label = ZONE_LABELS[zone] ?? (offset === 'UTC' || offset === 'UTC+00:00' ? 'UTC' : offset);
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute} ${label}`;
}

export function localTimeZone(env: NodeJS.ProcessEnv): string {
  return env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
