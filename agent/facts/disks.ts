import { known, unknownFact, type DiskFact, type DiskKind, type Known } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { numberOf, record, si, siMissing, str } from './read.js';

/** si's disk `type`: 'SSD', 'NVMe', 'SCM' are solid state; 'HD' spinning; 'Unspecified', 'Virtual', '' unknown. */
export function diskKind(type: string, interfaceType = ''): DiskKind {
  if (/^(ssd|nvme|scm)$/i.test(type) || /nvme/i.test(interfaceType)) return 'ssd';
  if (/^(hd|hdd)$/i.test(type)) return 'hdd';
  return 'unknown';
}

const NOT_A_DISK = /^(zram|loop|ram|sr|fd|md|dm-|nbd)/;

/**
 * Physical disks from si.diskLayout(); where it is empty or failed (many VMs, containers), whole
 * disks from si.blockDevices() instead. USB and removable media are marked so checks skip them.
 */
export function diskFacts(snapshot: Snapshot): Known<DiskFact[]> {
  const layout = si(snapshot, 'diskLayout');
  if (Array.isArray(layout) && layout.length > 0) {
    return known(
      layout
        .map(record)
        .filter((d): d is Record<string, unknown> => d !== undefined)
        .map((d) => {
          const interfaceType = str(d.interfaceType);
          return {
            name: str(d.name) || str(d.device) || '?',
            sizeBytes: numberOf(d.size) ?? 0,
            kind: diskKind(str(d.type), interfaceType),
            interfaceType,
            removable: /usb/i.test(interfaceType) || /removable/i.test(str(d.type)),
          };
        }),
    );
  }
  const blocks = si(snapshot, 'blockDevices');
  if (Array.isArray(blocks)) {
    const disks = blocks
      .map(record)
      .filter((b): b is Record<string, unknown> => b !== undefined && str(b.type) === 'disk' && !NOT_A_DISK.test(str(b.name)));
    if (disks.length > 0 || Array.isArray(layout)) {
      return known(
        disks.map((b) => ({
          name: str(b.model) || str(b.name) || '?',
          sizeBytes: numberOf(b.size) ?? 0,
          kind: diskKind(str(b.physical) === 'HDD' ? 'HD' : str(b.physical)),
          interfaceType: str(b.protocol).toUpperCase(),
          removable: b.removable === true || /usb/i.test(str(b.protocol)),
        })),
      );
    }
  }
  if (Array.isArray(layout)) return known([]);
  return unknownFact(siMissing(snapshot, 'diskLayout'));
}
