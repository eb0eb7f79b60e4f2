// How many requests a Node HTTP server is answering now: the durable job runner waits while the
// server is busy (a deadline surge), so background work takes only what the requests leave.
import type { Server } from 'node:http';

export function requestsInFlight(server: Server): () => number {
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    // 'close' comes once per response, answered or cut off.
    res.once('close', () => inFlight--);
  });
  return () => inFlight;
}
