import { known, unknownFact, type Known, type VirtualizationFact } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { record, si, siMissing, str } from './read.js';

const VM_MODEL = /virtualbox|vmware|qemu|kvm|bochs|parallels|hvm domu|^virtual machine$|xen|bhyve|docker|wsl/i;

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
  if (system) return known({ virtual: false, host: null });
  return unknownFact(siMissing(snapshot, 'system'));
}
