// npm run restore -- <backup file> [--force]
// Loads a backup into the configured database (DATABASE_URL, or the embedded one in DATA_DIR).
import path from 'node:path';
import { loadConfig } from '../src/platform/config/config';
import { restoreDatabase, RestoreRefusedError } from '../src/platform/ops/backup';

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--help') || files.length !== 1) {
    console.log('Usage: npm run restore -- <backup file> [--force]');
    console.log('Stop the server first. Without --force the target must be empty.');
    process.exit(args.includes('--help') ? 0 : 2);
  }
  const config = loadConfig();
  const target = config.DATABASE_URL
    ? { databaseUrl: config.DATABASE_URL }
    : { dataDir: config.DATA_DIR };
  const { header, replacedDir } = await restoreDatabase(files[0]!, target, { force });
  const into = config.DATABASE_URL
    ? 'the PostgreSQL database in DATABASE_URL'
    : path.resolve(config.DATA_DIR);
  console.log(
    `Restored the ${header.engine} backup of ${header.createdAt} (${header.migrations} migrations) into ${into}.`,
  );
  if (replacedDir) console.log(`The previous database files were moved to ${replacedDir}.`);
  console.log('Start the server to apply any newer migrations.');
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(
    `${err instanceof RestoreRefusedError ? 'Restore refused' : 'Restore failed'}: ${message}`,
  );
  process.exit(1);
});
