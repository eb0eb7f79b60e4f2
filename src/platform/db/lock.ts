import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock of its own: a second process opening the same files (a backup while the
 * server runs, two servers on one DATA_DIR) would replay them as after a crash and corrupt them.
 * A pid file in DATA_DIR makes the second opener fail instead.
 */
const heldHere = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by process ${pid}; stop that process first (the embedded database allows one process at a time).`,
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on dataDir; returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(path.resolve(dataDir), 'pglite.lock');
  if (heldHere.has(file)) throw new DataDirInUseError(dataDir, process.pid);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const pid = Number(readFileSync(file, 'utf8').trim());
    // Our own pid in a lock we do not hold is left from an earlier life (a container's pid 1).
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DataDirInUseError(dataDir, pid);
    }
    writeFileSync(file, String(process.pid));
  }
  heldHere.add(file);
  return () => {
    heldHere.delete(file);
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}
