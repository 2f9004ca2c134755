import { describe, expect, it } from 'vitest';
import { inSubnet, ipv4ToNumber } from './ipv4.js';

describe('ipv4', () => {
  it('parses dotted quads and refuses anything else', () => {
    expect(ipv4ToNumber('10.0.0.1')).toBe(167_772_161);
    expect(ipv4ToNumber('255.255.255.255')).toBe(4_294_967_295);
    expect(ipv4ToNumber('256.0.0.1')).toBeNull();
    expect(ipv4ToNumber('fe80::1')).toBeNull();
    expect(ipv4ToNumber('10.0.0')).toBeNull();
  });

  it('tells whether an address is on a subnet', () => {
    expect(inSubnet('192.168.10.5', '192.168.10.23', '255.255.255.0')).toBe(true);
    expect(inSubnet('192.168.11.5', '192.168.10.23', '255.255.255.0')).toBe(false);
    expect(inSubnet('10.1.2.3', '10.9.9.9', '255.0.0.0')).toBe(true);
    expect(inSubnet('hub.local', '10.9.9.9', '255.0.0.0')).toBe(false);
  });
});
