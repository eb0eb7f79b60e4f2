// A first start on the embedded engine creates the database, migrates it and loads the demo data
// in a child process, which then exits. WebAssembly memory never shrinks and the allocator keeps
// what initdb and the seeding freed: done in the serving process, they left it idling at
// 370–400 MiB RSS instead of ~250 even after reopening the database (decision 015).
import { spawn } from 'node:child_process';
import { openDeps, prepareData } from './boot';
import type { Config } from './platform/config/config';
import { isEmbeddedDatabaseMissing } from './platform/db/client';

/** The argument that makes the entry prepare the data and exit instead of serving. */
export const PREPARE_ONLY = '--prepare-data';

export const isFirstEmbeddedStart = (config: Config) =>
  !config.DATABASE_URL && isEmbeddedDatabaseMissing(config.DATA_DIR);

/** Runs this same entry with PREPARE_ONLY (same Node flags, same environment) and waits for it. */
export function prepareInChildProcess(): Promise<void> {
  const args = [...process.execArgv, process.argv[1]!, PREPARE_ONLY];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`preparing the database stopped with ${signal ?? `code ${code}`}`)),
    );
  });
}

/** What the child does: open (creating and migrating), load the demo data, close. */
export async function prepareOnly(config: Config): Promise<void> {
  const deps = await openDeps(config);
  try {
    await prepareData(deps);
  } finally {
    await deps.database.close();
  }
}
