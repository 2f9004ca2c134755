import { describe, expect, it } from 'vitest';
import { AgentMessageSchema, AGENT_PROTOCOL_VERSION, HEARTBEAT_FRAME } from './agent.js';
import { AppError } from './errors.js';
import { decodeFrame } from './frames.js';

const options = {
  version: AGENT_PROTOCOL_VERSION,
  types: ['hello', 'report', 'heartbeat', 'probe.request'],
  maxBytes: 1024,
  what: { id: 'Pesan agen', en: 'Agent message' },
};

function codeOf(text: string): string {
  try {
    decodeFrame(AgentMessageSchema, text, options);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  return 'ok';
}

describe('decodeFrame', () => {
  it('decodes a valid heartbeat and fills hello defaults', () => {
    expect(decodeFrame(AgentMessageSchema, '{"type":"heartbeat","v":1}', options)).toEqual({ type: 'heartbeat', v: 1 });
    // The bytes the hub recognises without parsing are exactly a valid heartbeat of this version.
    expect(HEARTBEAT_FRAME).toBe('{"type":"heartbeat","v":1}');
    expect(decodeFrame(AgentMessageSchema, HEARTBEAT_FRAME, options)).toEqual({ type: 'heartbeat', v: AGENT_PROTOCOL_VERSION });
    const hello = decodeFrame(
      AgentMessageSchema,
      JSON.stringify({ type: 'hello', v: 1, id: 'PC-01', role: 'client', agent: { version: '0.1.0' }, token: 'abc' }),
      options,
    );
    expect(hello).toMatchObject({ serverId: null, roomId: null, seat: null, addresses: [] });
  });

  it('names each kind of bad frame with its own code', () => {
    expect(codeOf('{nope')).toBe('bad-frame');
    expect(codeOf('[1,2]')).toBe('bad-frame');
    expect(codeOf('{"type":"heartbeat","v":2}')).toBe('wrong-version');
    expect(codeOf('{"type":"heartbeat"}')).toBe('wrong-version');
    expect(codeOf('{"type":"dance","v":1}')).toBe('unknown-type');
    expect(codeOf('{"type":"report","v":1,"seq":0}')).toBe('invalid');
    expect(codeOf(JSON.stringify({ type: 'heartbeat', v: 1, pad: 'x'.repeat(2000) }))).toBe('frame-too-large');
  });

  it('explains a wrong version in both languages with what to do', () => {
    try {
      decodeFrame(AgentMessageSchema, '{"type":"hello","v":7}', options);
      expect.unreachable();
    } catch (err) {
      const e = err as AppError;
      expect(e.text.id).toContain('Versi protokol 7 tidak didukung');
      expect(e.text.en).toContain('Protocol version 7 is not supported');
    }
  });
});
