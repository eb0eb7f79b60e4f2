// How long the server's background backlog (mail, reminders) takes to drain after a surge: the
// runner waits while requests queue (platform/jobs/runner.ts), so the work a surge leaves is done
// after it. Polls /readyz's jobsWaiting; seconds from the call until it reads 0.
export async function backlogDrained(origin: string, timeoutMs = 300_000): Promise<number> {
  const began = performance.now();
  for (;;) {
    const ready = (await (await fetch(`${origin}/readyz`)).json()) as { jobsWaiting?: number };
    if (ready.jobsWaiting === 0) return (performance.now() - began) / 1000;
    if (performance.now() - began > timeoutMs) throw new Error('the job backlog did not drain');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
