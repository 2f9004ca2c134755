import type { HubMessage } from '../../protocol/agent.js';
import type { AgentHub } from './service.js';

/**
 * The narrow view of the agents that other features get (custody's trials and BAST serial
 * match): who is online, send one of them a command, the serial a server's agent reported, and
 * the agents' trial answers. Nothing else of the agents' store leaks out.
 */
export function fleetView(hub: AgentHub) {
  return {
    online() {
      return hub.machines
        .all()
        .filter((m) => hub.liveness.presenceOf(m.id) === 'online')
        .map((m) => ({ id: m.id, role: m.role, serverId: m.placement.serverId, roomId: m.placement.roomId, seat: m.placement.seat }));
    },
    isConnected: (id: string) => hub.presence.isOnline(id),
    send(id: string, message: HubMessage): boolean {
      const conn = hub.presence.connection(id);
      if (!conn) return false;
      const { v: _v, ...rest } = message;
      conn.send(rest as never);
      return true;
    },
    serverSerial(serverId: string) {
      const agentId = hub.machines.serverAgent(serverId, '');
      if (!agentId) return null;
      return { agentId, serial: hub.machines.get(agentId)?.serial ?? null };
    },
    atSeat(roomId: string, seat: number) {
      if (!hub.venue.seat(roomId, seat)) return undefined;
      const id = hub.machines.seatHolder(roomId, seat, '');
      const record = id ? hub.machines.get(id) : undefined;
      if (!record || record.role !== 'client') return { machine: null };
      return { machine: { id: record.id, presence: hub.liveness.presenceOf(record.id), verdict: record.verdict } };
    },
    get maxProbes() {
      return hub.options.maxProbes;
    },
    onTrialResult(listener: NonNullable<AgentHub['trialResult']>) {
      hub.trialResult = listener;
    },
  };
}
