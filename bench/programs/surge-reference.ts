// Drives the surge's reference server (surge-reference-server.ts) with the same posts as the
// real surge's submits: one multipart form with a 1 MB PDF per applicant from the same number of
// clients, 5 % sent twice. Its submissions/s and p99 are the limit of this work on this machine.
import { randomUUID } from 'node:crypto';
import { startServer } from '../server';
import { fetchAsBrowser } from './surge-client';

interface ReferenceRun {
  submissionsPerSecond: number;
  submitMs: number[];
  stored: number;
  failed: number;
}

export async function referenceSurge(
  env: Record<string, string>,
  input: {
    applicants: number;
    clients: number;
    retryEvery: number;
    pdf: (i: number) => Uint8Array<ArrayBuffer>;
  },
): Promise<ReferenceRun> {
  const server = await startServer(env, {
    args: ['--import', 'tsx', 'bench/programs/surge-reference-server.ts'],
    readyPath: '/ready',
  });
  try {
    const submitMs: number[] = [];
    let failed = 0;
    const post = async (i: number, key: string, file: Uint8Array<ArrayBuffer>) => {
      const form = new FormData();
      form.set('version', '1');
      form.set('key', key);
      form.set('op', 'submit');
      form.set('a.name', `Dự án số ${i}`);
      form.set('f.deck', new Blob([file], { type: 'application/pdf' }), `thuyet-minh-${i}.pdf`);
      const t0 = performance.now();
      try {
        const res = await fetchAsBrowser(`${server.origin}/submit`, {
          method: 'POST',
          body: form,
          redirect: 'manual',
        });
        await res.arrayBuffer();
        if (res.status !== 303) failed++;
      } catch {
        // Counted as the real surge counts it: a post that got no answer failed.
        failed++;
      }
      submitMs.push(performance.now() - t0);
    };
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(input.clients, input.applicants) }, async () => {
        for (let i = next++; i < input.applicants; i = next++) {
          const key = randomUUID();
          const file = input.pdf(i);
          await post(i, key, file);
          if (i % input.retryEvery === input.retryEvery - 1) await post(i, key, file);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.error(
      `[surge] reference from ${(Date.now() / 1000 - seconds).toFixed(1)} to ${(Date.now() / 1000).toFixed(1)}`,
    );
    const stored = Number(await (await fetch(`${server.origin}/count`)).text());
    submitMs.sort((a, b) => a - b);
    return { submissionsPerSecond: input.applicants / seconds, submitMs, stored, failed };
  } finally {
    await server.stop();
  }
}
