import { withFact } from '../../outcome.js';
import { defineCheck } from '../../types.js';

export interface VirtualMachineParams {
  /** Status of a virtual machine in this role. */
  status: 'fail' | 'warn';
}
type Params = VirtualMachineParams;

/**
 * A virtual machine is not an exam PC: the clauses specify physical machines ("Komputer Client (PC
 * Desktop atau Laptop)", C.4.b.2.a; the server's processor, disk and card, C.4.b.1.a/b), and the
 * facts read inside a VM describe virtual hardware, not the machine the candidate sits at.
 * - client: fail.
 * - mobile server: fail — BKN delivers it as a sealed physical machine (C.3.b.7.b); a VM cannot be it.
 * - server: warn — the venue's own server may run virtualised on a host that meets C.4.b.1.a, but
 *   what this agent reads inside it proves nothing about that host: the auditor checks the host.
 */
export const virtualMachine = defineCheck<Params>({
  id: 'virtual-machine',
  logic: 1,
  clauses: {
    server: { section: 'C.4.b.1.a', items: [], level: 'minimal' },
    'mobile-server': { section: 'C.4.b.1.b', items: [], level: 'minimal' },
    client: { section: 'C.4.b.2.a', items: [], level: 'rekomendasi' },
  },
  title: { id: 'Mesin fisik (bukan virtual)', en: 'Physical machine (not virtual)' },
  failTitle: { id: 'Mesin virtual', en: 'Virtual machine' },
  fix: {
    id: 'Jalankan pemeriksaan di komputer fisik yang akan dipakai saat ujian, bukan di mesin virtual.',
    en: 'Run the check on the physical computer that will be used in the exam, not in a virtual machine.',
  },
  facts: ['virtualization'],
  params: {
    server: { status: 'warn' },
    'mobile-server': { status: 'fail' },
    client: { status: 'fail' },
  },
  evaluate(facts, { params }) {
    const expected = { id: 'fisik', en: 'physical' };
    return withFact(facts.virtualization, expected, (v) => {
      if (!v.virtual) return { status: 'pass', measured: expected, expected };
      const measured = { id: `virtual${v.host ? ` (${v.host})` : ''}`, en: `virtual${v.host ? ` (${v.host})` : ''}` };
      return {
        status: params.status,
        measured,
        expected,
        reason:
          params.status === 'warn'
            ? {
                id: 'Server berjalan di mesin virtual: spesifikasi yang terbaca milik mesin virtual. Periksa host fisiknya terhadap C.4.b.1.a.',
                en: "The server runs in a virtual machine: the specification read is the VM's. Check the physical host against C.4.b.1.a.",
              }
            : { id: 'Ini mesin virtual, bukan komputer ujian.', en: 'This is a virtual machine, not an exam computer.' },
      };
    });
  },
});
