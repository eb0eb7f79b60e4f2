// The load generator's requests, on node:http with kept-alive connections, as browsers keep
// theirs. Node's fetch spent about 2 ms of CPU per request of the events surge (the WHATWG
// streams and Headers around each one), on the machine whose two cores also run the server and
// PostgreSQL: the load generator took CPU from what it measured. This client spends a fraction.
import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface BrowserRequest {
  method?: 'GET' | 'POST';
  cookie?: string;
  /** A form, sent as application/x-www-form-urlencoded with the page's origin. */
  form?: Record<string, string>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** Failures of a kept-alive connection the server closed as the request went out. */
const CLOSED_UNDER_US = new Set(['ECONNRESET', 'EPIPE']);

function once(url: URL, request: BrowserRequest): Promise<Answer> {
  const body = request.form ? new URLSearchParams(request.form).toString() : undefined;
  const headers: http.OutgoingHttpHeaders = {};
  if (request.cookie) headers.cookie = request.cookie;
  if (body !== undefined) {
    headers.origin = url.origin;
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = Buffer.byteLength(body);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method: request.method ?? (body === undefined ? 'GET' : 'POST'), headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A request as a browser sends it, sent once more when a reused connection failed before any
 * answer (the server's keep-alive timeout racing a new request on a loaded machine). Every post
 * the benchmarks send is safe to repeat: its idempotency key makes one write.
 */
export async function sendAsBrowser(url: string, request: BrowserRequest = {}): Promise<Answer> {
  const target = new URL(url);
  try {
    return await once(target, request);
  } catch (err) {
    if (!CLOSED_UNDER_US.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    return once(target, request);
  }
}
