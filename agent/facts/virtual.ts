import { known, unknownFact, type Known, type VirtualizationFact } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { record, si, siMissing, str } from './read.js';

const VM_MODEL = /virtualbox|vmware|qemu|kvm|bochs|parallels|hvm domu|^virtual machine$|xen|bhyve|docker|wsl/i;
/** Virtual disks name their hypervisor (VBOX HARDDISK, QEMU HARDDISK, VMware Virtual disk, Msft Virtual Disk). */
const VM_DISK = /vbox|qemu|vmware|virtual disk/i;

/**
 * A system() answer that says nothing: systeminformation's defaults when it could not read the
 * machine (model "Computer", serial "-", no manufacturer, no UUID). It is no evidence of hardware.
 */
function blank(system: Record<string, unknown>): boolean {
  const empty = (v: unknown) => ['', '-', 'computer', 'default string', 'to be filled by o.e.m.'].includes(str(v).toLowerCase());
  return empty(system.manufacturer) && empty(system.model) && empty(system.uuid) && empty(system.serial);
}

/**
 * Virtual or physical: systeminformation's system().virtual (model, BIOS and dmesg markers), the
 * model name, or on Linux the CPU's `hypervisor` flag (set only inside a guest). Windows'
 * HypervisorPresent is NOT used: it is also true on physical PCs with virtualisation-based security.
 */
export function virtualizationFacts(snapshot: Snapshot): Known<VirtualizationFact> {
  const system = record(si(snapshot, 'system'));
  const cpu = record(si(snapshot, 'cpu'));
  const model = str(system?.model);
  if (system?.virtual === true || VM_MODEL.test(model)) {
    return known({ virtual: true, host: str(system?.virtualHost) || model || null });
  }
  const flags = ` ${str(cpu?.flags)} `;
  if (snapshot.platform === 'linux' && flags.includes(' hypervisor ')) return known({ virtual: true, host: null });
  const disks = si(snapshot, 'diskLayout');
  const vdisk = Array.isArray(disks) ? disks.map(record).find((d) => VM_DISK.test(`${str(d?.name)} ${str(d?.vendor)}`)) : undefined;
  if (vdisk) return known({ virtual: true, host: null });
  if (system && !blank(system)) return known({ virtual: false, host: null });
  if (system) {
    return unknownFact({
      id: 'Data sistem (pabrikan, model, nomor seri) kosong, jadi tidak bisa dipastikan ini mesin fisik.',
      en: 'The system data (manufacturer, model, serial) came back blank, so this cannot be shown to be a physical machine.',
    });
  }
  return unknownFact(siMissing(snapshot, 'system'));
}
