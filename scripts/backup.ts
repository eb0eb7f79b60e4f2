// npm run backup [-- <directory | file.tar.gz | file.sql>]
// Writes a backup of the configured database (DATABASE_URL, or the embedded one in DATA_DIR).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/platform/config/config';
import { openDatabase } from '../src/platform/db/client';
import { backupDatabase, defaultBackupDir } from '../src/platform/ops/backup';

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length > 1) {
    console.log('Usage: npm run backup [-- <directory | file.tar.gz | file.sql>]');
    console.log('Default directory: $BACKUP_DIR or ./backups');
    process.exit(args.includes('--help') ? 0 : 2);
  }
  const config = loadConfig();
  const where = args[0];
  const destination =
    where && /\.(tar\.gz|tgz|sql)$/.test(where)
      ? { file: where }
      : { dir: where ?? process.env.BACKUP_DIR ?? defaultBackupDir };

  if (!config.DATABASE_URL && !existsSync(path.join(config.DATA_DIR, 'pglite', 'PG_VERSION'))) {
    throw new Error(`There is no database in DATA_DIR (${path.resolve(config.DATA_DIR)}).`);
  }
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    const { file, bytes, header } = await backupDatabase(database, destination);
    console.log(
      `Backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${header.engine} ${header.serverVersion}, ${header.migrations} migrations)`,
    );
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
