import type { VenuePlan } from '../../protocol/venue.js';

/** R1: 8 seats on S1. The roster seats 4 participants (1-4); seat 5 has a ready reserve PC, seat 6 no PC, seat 7 a failing PC, seat 8 a PC that goes off. */
export const switchPlan = (): VenuePlan => ({
  venue: { name: 'Gedung Serbaguna Batulicin', address: '', city: 'Batulicin', timeZone: 'Asia/Makassar' },
  rooms: [
    { id: 'SRV', name: 'Ruang server', kind: 'ruang-server', rows: 0, cols: 0 },
    { id: 'R1', name: 'Aula Utama', kind: 'ruang-tes', rows: 2, cols: 4 },
  ],
  servers: [{ id: 'S1', kind: 'server', name: '', roomId: 'SRV', limit: 200 }],
  seats: Array.from({ length: 8 }, (_, i) => ({ roomId: 'R1', number: i + 1, row: Math.floor(i / 4), col: i % 4, serverId: 'S1' })),
});

export const rosterCsv = (n: number) =>
  [
    'No,No Peserta,NIK,Nama Peserta,Jabatan,Ruang,Kursi,Disabilitas,Tgl Lahir',
    ...Array.from(
      { length: n },
      (_, i) => `${i + 1},2430011012000000${i + 1},631001550392000${i + 1},Peserta ${i + 1},Pranata Komputer,R1,${i + 1},-,15/03/1992`,
    ),
  ].join('\n');
