import { describe, expect, it } from 'vitest';
import { IncidentRequestSchema } from '../../../protocol/exam-reports.js';
import { incidentFields, incidentView } from './rules.js';

const now = new Date('2026-11-23T00:40:00Z');

describe('incidentFields', () => {
  it('defaults the time to now and drops added minutes when no time was added', () => {
    const body = IncidentRequestSchema.parse({
      kind: 'Listrik',
      description: 'PLN padam, genset menyala 3 menit',
      minutesLost: 3,
      addedMinutes: 9,
    });
    expect(incidentFields(body, undefined, now, ['R1'])).toEqual({
      at: '2026-11-23T00:40:00.000Z',
      room: '',
      kind: 'listrik',
      description: 'PLN padam, genset menyala 3 menit',
      minutesLost: 3,
      timeAdded: false,
      addedMinutes: 0,
    });
  });

  it('asks for the minutes when time was added, and refuses a room not in the session', () => {
    const added = IncidentRequestSchema.parse({
      kind: 'jaringan',
      description: 'switch R2 mati',
      timeAdded: true,
      room: 'R2',
    });
    expect(() => incidentFields(added, undefined, now, ['R1', 'R2'])).toThrow(/addedMinutes/);
    expect(() => incidentFields({ ...added, addedMinutes: 10, room: 'R9' }, undefined, now, ['R1', 'R2'])).toThrow(/R9/);
    expect(incidentFields({ ...added, addedMinutes: 10 }, undefined, now, ['R1', 'R2'])).toMatchObject({
      timeAdded: true,
      addedMinutes: 10,
      room: 'R2',
    });
  });

  it('merges a partial update onto the stored incident', () => {
    const before = incidentFields(IncidentRequestSchema.parse({ kind: 'server', description: 'server S1 restart' }), undefined, now, []);
    const after = incidentFields({ minutesLost: 7 }, before, new Date('2026-11-23T05:00:00Z'), []);
    expect(after).toEqual({ ...before, minutesLost: 7 });
  });

  it('shows the local time and the kind label', () => {
    const fields = incidentFields(IncidentRequestSchema.parse({ kind: 'peserta', description: 'peserta pingsan' }), undefined, now, []);
    const view = incidentView(
      { ...fields, id: 1, sessionId: 's', createdAt: '', createdBy: 'a', updatedAt: null, updatedBy: null },
      'Asia/Makassar',
    );
    expect(view).toMatchObject({ time: '08:40', kindLabel: { id: 'Peserta', en: 'Participant' } });
  });
});
