import { describe, expect, it } from 'vitest';
import { newTicketRef, readTicketCode, ticketCodeOf } from './tickets';

const SECRET = 'test-secret-test-secret-test-secret-0123';

describe('ticket codes', () => {
  it('read back to their reference, also typed in lower case with spaces or O for 0', () => {
    const ref = newTicketRef();
    const code = ticketCodeOf(SECRET, ref);
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(readTicketCode(SECRET, code)).toBe(ref);
    expect(readTicketCode(SECRET, code.toLowerCase().replace(/-/g, ' '))).toBe(ref);
    expect(readTicketCode(SECRET, ` ${code.replace(/0/g, 'O')} `)).toBe(ref);
  });

  it('refuse an altered character, a forged signature, another secret and garbage', () => {
    const ref = newTicketRef();
    const code = ticketCodeOf(SECRET, ref).replace(/-/g, '');
    for (let i = 0; i < code.length; i++) {
      const swapped = code[i] === 'A' ? 'B' : 'A';
      expect(
        readTicketCode(SECRET, code.slice(0, i) + swapped + code.slice(i + 1)),
      ).toBeUndefined();
    }
    expect(readTicketCode(SECRET, ref + '00000000')).toBeUndefined();
    expect(readTicketCode('another-secret-another-secret-0123456', code)).toBeUndefined();
    expect(readTicketCode(SECRET, '')).toBeUndefined();
    expect(readTicketCode(SECRET, `https://example.vn/t/${code}`)).toBeUndefined();
    expect(readTicketCode(SECRET, code + 'U')).toBeUndefined();
  });

  it('references are random: 2,000 of them never repeat', () => {
    expect(new Set(Array.from({ length: 2000 }, newTicketRef)).size).toBe(2000);
  });
});
