import { describe, expect, it } from 'vitest';
import { checkinResponse, participant } from '../../testing/exam-fixtures.js';
import { fakeHub } from '../../testing/fake-hub.js';
import { DeskFlow, NO_NIK } from './desk-flow.js';

const hubError = (code: string, status: number, details?: unknown) => ({
  status,
  body: { error: { code, message: `pesan ${code}`, en: `message ${code}`, ...(details ? { details } : {}) } },
});

function flowWith(routes: Parameters<typeof fakeHub>[0]) {
  const hub = fakeHub(routes);
  let changes = 0;
  const flow = new DeskFlow(hub.api, 'skd-1', () => changes++);
  return { hub, flow, changes: () => changes };
}

describe('the desk sequence without the page', () => {
  it('goes scan -> NIK -> registered, empties the fields, keeps the latest first without repeats', async () => {
    const { hub, flow, changes } = flowWith({
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
      'POST /api/sessions/skd-1/checkins': { status: 201, body: checkinResponse() },
    });
    expect(await flow.scan('  24300110120000001 ')).toEqual({ focus: 'nik', select: false, clear: false, reloadSession: false });
    expect(flow.participant?.name).toBe('Siti Aisyah, S.Pd');
    expect(await flow.submitNik(' 6310015503920001 ')).toEqual({ focus: 'scan', select: false, clear: true, reloadSession: true });
    expect(hub.calls.at(-1)?.body).toEqual({ participantNumber: '24300110120000001', nik: '6310015503920001' });
    expect(flow.outcome).toMatchObject({ kind: 'ok', response: { pin: 'K7QM3X' } });
    await flow.scan('24300110120000001');
    await flow.submitNik('6310015503920001');
    expect(flow.recent).toHaveLength(1);
    expect(flow.busy).toBe(false);
    expect(changes()).toBeGreaterThanOrEqual(4);
  });

  it('records a number not on the roster at the hub, and sends nothing for an empty scan', async () => {
    const { hub, flow } = flowWith({
      'GET /api/sessions/skd-1/lookup': hubError('participant-not-found', 404),
      'POST /api/sessions/skd-1/checkins': hubError('not-on-roster', 404),
    });
    expect(await flow.scan('   ')).toBeUndefined();
    expect(hub.calls).toHaveLength(0);
    expect(await flow.scan('999')).toMatchObject({ focus: 'scan', select: true });
    expect(hub.calls.at(-1)?.body).toEqual({ participantNumber: '999', nik: NO_NIK });
    expect(flow.outcome).toEqual({
      kind: 'refused',
      code: 'not-on-roster',
      text: { id: 'pesan not-on-roster', en: 'message not-on-roster' },
    });
  });

  it('sends the keyboard back to the NIK when the NIK was not valid, and asks for the session again when the window closed', async () => {
    const { flow, hub } = flowWith({
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
      'POST /api/sessions/skd-1/checkins': hubError('nik-invalid', 400),
    });
    await flow.scan('24300110120000001');
    expect(await flow.submitNik('6,31E+15')).toMatchObject({ focus: 'nik', select: true });
    expect(flow.outcome?.kind).toBe('error');
    hub.set('POST /api/sessions/skd-1/checkins', hubError('window-closed', 409, { participant: participant({ seat: '9' }) }));
    expect(await flow.submitNik('6310015503920001')).toMatchObject({ focus: 'scan', reloadSession: true });
    expect(flow.outcome).toMatchObject({ kind: 'refused', code: 'window-closed' });
    expect(flow.participant?.seat).toBe('9');
    hub.set('POST /api/sessions/skd-1/checkins', { status: 201, body: checkinResponse() });
    await flow.override('bus terlambat');
    expect(hub.calls.at(-1)?.body).toEqual({
      participantNumber: '24300110120000001',
      nik: '6310015503920001',
      override: { reason: 'bus terlambat' },
    });
  });

  it('shows a participant already registered without asking for the NIK, and re-issues with a reason', async () => {
    const present = checkinResponse().participant;
    const { flow, hub } = flowWith({
      'GET /api/sessions/skd-1/lookup': { body: { participant: present } },
      'POST /api/sessions/skd-1/participants/24300110120000001/pin/reissue': {
        status: 201,
        body: checkinResponse(participant(), 'PW4TNA'),
      },
    });
    expect(await flow.scan('24300110120000001')).toMatchObject({ focus: 'scan', select: true });
    expect(flow.outcome).toMatchObject({ kind: 'duplicate', text: { id: expect.stringContaining('06.31 oleh admin') } });
    await flow.reissue('slip hilang', 'slip hilang');
    expect(hub.calls.at(-1)?.body).toEqual({ reason: 'slip hilang', override: { reason: 'slip hilang' } });
    expect(flow.outcome).toMatchObject({ kind: 'ok', response: { pin: 'PW4TNA' } });
  });

  it('never sends a NIK typed into the card field on as a refusal: moves it to the NIK field, or drops it after "already registered"', async () => {
    const nikInCard = hubError('nik-in-card-field', 400);
    const { flow, hub } = flowWith({
      'GET /api/sessions/skd-1/lookup': { body: { participant: participant() } },
    });
    await flow.scan('24300110120000001');
    hub.set('GET /api/sessions/skd-1/lookup', nikInCard);
    expect(await flow.scan('6310015503920001')).toMatchObject({ focus: 'nik', clear: true, nik: '6310015503920001' });
    expect(flow.participant?.number).toBe('24300110120000001');
    expect(flow.outcome).toMatchObject({ kind: 'error', text: { id: expect.stringContaining('dipindahkan ke kolom NIK') } });
    expect(hub.calls.filter((c) => c.method === 'POST')).toEqual([]);

    hub.set('GET /api/sessions/skd-1/lookup', { body: { participant: checkinResponse().participant } });
    await flow.scan('24300110120000001');
    hub.set('GET /api/sessions/skd-1/lookup', nikInCard);
    expect(await flow.scan('6310015503920001')).toMatchObject({ focus: 'scan', clear: true });
    expect(flow.outcome).toMatchObject({ kind: 'duplicate', text: { id: expect.stringContaining('NIK tidak perlu diketik') } });

    flow.reset();
    expect(await flow.scan('6310015503920001')).toMatchObject({ focus: 'scan', clear: true });
    expect(flow.outcome).toEqual({ kind: 'error', text: { id: 'pesan nik-in-card-field', en: 'message nik-in-card-field' } });
    expect(hub.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});
