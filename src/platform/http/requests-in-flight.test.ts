import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { requestsInFlight } from './requests-in-flight';

describe('requests in flight', () => {
  it('counts the requests being answered, and forgets answered and cut-off ones', async () => {
    const waiting: (() => void)[] = [];
    const server = createServer((_req, res) => waiting.push(() => res.end('ok')));
    const inFlight = requestsInFlight(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const cut = new AbortController();
      const answered = [fetch(url), fetch(url)];
      const abandoned = fetch(url, { signal: cut.signal }).catch(() => 'cut off');
      await expect.poll(() => inFlight()).toBe(3);
      cut.abort();
      expect(await abandoned).toBe('cut off');
      await expect.poll(() => inFlight()).toBe(2);
      for (const answer of waiting.splice(0)) answer();
      await Promise.all(answered.map(async (r) => (await r).text()));
      await expect.poll(() => inFlight()).toBe(0);
    } finally {
      for (const answer of waiting) answer();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
