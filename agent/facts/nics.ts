import { known, unknownFact, type Known, type NicFact } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { numberOf, record, si, siMissing, str } from './read.js';

/**
 * Adapters that are never the exam LAN's physical link, by name: hypervisor and container
 * bridges, VPN tunnels, and Bluetooth networking. systeminformation already flags many by MAC
 * prefix; these catch the rest.
 */
const VIRTUAL_NAMES =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|tailscale|zt|utun|lxc|lxd|cni|flannel|vnet)|vethernet|hyper-v|virtualbox|vmware|tap-windows|wintun|wireguard|openvpn|npcap|loopback|bluetooth|teredo|isatap|pseudo|wan miniport|fortinet|cisco anyconnect|zerotier|tailscale/i;

/** Negotiated speed in Mbit/s, or null for null, -1, 0 and absurd values (Int64 max on Windows). */
export function linkSpeed(value: unknown): number | null {
  const n = numberOf(value);
  return n !== null && n > 0 && n <= 400_000 ? n : null;
}

export function nicFacts(snapshot: Snapshot): Known<NicFact[]> {
  const raw = si(snapshot, 'networkInterfaces');
  const list = Array.isArray(raw) ? raw : record(raw) ? [raw] : undefined;
  if (!list) return unknownFact(siMissing(snapshot, 'networkInterfaces'));
  const defaultName = str(si(snapshot, 'networkInterfaceDefault'));
  const nics: NicFact[] = [];
  for (const item of list) {
    const n = record(item);
    if (!n || n.internal === true) continue;
    const iface = str(n.iface);
    // Windows: iface is the connection name people see ("Ethernet"), ifaceName the adapter model.
    const name = str(n.ifaceName) || iface || '?';
    const ip4 = str(n.ip4) || null;
    const state = str(n.operstate).toLowerCase();
    nics.push({
      name: iface || name,
      speedMbps: linkSpeed(n.speed),
      wireless: str(n.type) === 'wireless' || /wi-?fi|wlan|wireless|802\.11/i.test(`${iface} ${name}`),
      virtual: n.virtual === true || VIRTUAL_NAMES.test(iface) || VIRTUAL_NAMES.test(name),
      up: state === 'up' || (state === 'unknown' && ip4 !== null),
      isDefault: n.default === true || (defaultName !== '' && defaultName === iface),
      ip4,
      ip4Mask: str(n.ip4subnet) || null,
    });
  }
  return known(nics);
}
