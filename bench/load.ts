// Loopback load with autocannon: requests/s, and latency percentiles (p50, p95, p99) computed
// from every response's time, since autocannon's own summary has no p95.
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/** `connections` clients for `seconds`, each going through `paths` in turn, round and round. */
export async function loadTest(params: {
  origin: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: params.origin,
    connections: params.connections,
    duration: params.seconds,
    timeout: 30,
    requests: params.paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Rounds of one load summarised: each figure's median, and every failed response counted. */
export function medianOf(rounds: readonly LoadResult[]): LoadResult {
  const of = (key: 'rps' | 'p50' | 'p95' | 'p99') => median(rounds.map((r) => r[key]));
  const failed = rounds.reduce((sum, r) => sum + r.failed, 0);
  return { rps: of('rps'), p50: of('p50'), p95: of('p95'), p99: of('p99'), failed };
}

/** The median of paired ratios a/b, round by round, so a slow moment hits both sides of a pair. */
export function medianRatio(a: readonly LoadResult[], b: readonly LoadResult[]): number {
  return median(a.map((r, i) => r.rps / b[i]!.rps));
}
