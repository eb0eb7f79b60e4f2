import { serve, type ServerType } from '@hono/node-server';
import { createServer } from 'node:net';
import type { Engine } from '../../src/platform/db/client';
import { createTestApp, type TestApp } from '../../test/support/app';
import { startMailbox, type Mailbox } from '../../test/support/mailbox';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningPortal {
  url: string;
  t: TestApp;
  mailbox: Mailbox;
  stop(): Promise<void>;
}

/** The real app on a loopback port, with mail going to a real local SMTP server. */
export async function startPortal(engine: Engine = 'pglite'): Promise<RunningPortal> {
  const mailbox = await startMailbox();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestApp(engine, { SMTP_URL: mailbox.url, PUBLIC_URL: url });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url,
    t,
    mailbox,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
      await mailbox.close();
    },
  };
}
