// npm run seed:demo -- --scale province|national [--seed N] [--province <code or name>] [--force]
//
// Loads generated Vietnamese organisations and people into the configured database (DATA_DIR or
// DATABASE_URL), the same data for the same seed:
//   --scale province   ≈ 3,000 organisations and 5,000 people, 70 % of them in one province
//                      (--province, default Đà Nẵng), as a provincial instance would hold
//   --scale national   ≈ 100,000 organisations and 200,000 people over all 34 provinces
// It never runs with NODE_ENV=production. It adds to an empty directory or to the built-in demo
// set (which the first start loads); when the directory holds anything else — earlier generated
// data or real records — it refuses, unless --force, which empties the whole directory
// (organisations, people, affiliations, claims, change feed) and reloads the demo set if it was
// there before loading. A server using the same PGlite DATA_DIR must be stopped first.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDeps } from '../src/boot';
import {
  clearDirectory,
  countDirectoryRecords,
  SEED_SCALES,
  seedDirectory,
  seedDirectoryDemo,
  type SeedProgress,
  type SeedScale,
} from '../src/modules/directory';
import { loadConfig } from '../src/platform/config/config';

const USAGE =
  'usage: npm run seed:demo -- --scale province|national [--seed N] [--province <code or name>] [--force]';
const DEFAULT_HOME_PROVINCE = '48'; // Đà Nẵng

const fmt = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        scale: { type: 'string' },
        seed: { type: 'string', default: '1' },
        province: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) return 'help' as const;
    const seed = Number(values.seed);
    if (!(values.scale && values.scale in SEED_SCALES) || !Number.isSafeInteger(seed)) return;
    return { ...values, scale: values.scale as SeedScale, seed };
  } catch {
    return undefined;
  }
}

function progressPrinter(started: number) {
  const tty = process.stderr.isTTY;
  let lastStep = -1;
  return (p: SeedProgress) => {
    const line = `${p.phase === 'analyze' ? 'indexing and statistics' : p.phase}: ${fmt(p.done)} / ${fmt(p.total)} · ${secs(performance.now() - started)}`;
    if (tty) {
      process.stderr.write(`\r${line}\u001b[K${p.done === p.total ? '\n' : ''}`);
      return;
    }
    // Logs: a line per fifth of each phase.
    const step =
      Math.floor((p.done / Math.max(1, p.total)) * 5) +
      ['organizations', 'people', 'analyze'].indexOf(p.phase) * 10;
    if (step !== lastStep) console.error(line);
    lastStep = step;
  };
}

async function main() {
  const args = parse();
  if (!args || args === 'help') {
    console.log(USAGE);
    process.exit(args === 'help' ? 0 : 2);
  }
  if (loadConfig().NODE_ENV === 'production') {
    console.error(
      'seed:demo refuses to run with NODE_ENV=production: demo data never goes into production.',
    );
    process.exit(2);
  }
  const deps = await openDeps();
  const { database } = deps;
  try {
    const counts = await countDirectoryRecords(database);
    if (counts.total > counts.demo) {
      if (!args.force) {
        console.error(
          `The directory already holds ${fmt(counts.total - counts.demo)} organisations and people besides the demo set. Nothing was changed.\nRun again with --force to delete the whole directory first.`,
        );
        process.exitCode = 1;
        return;
      }
      console.error(`--force: deleting ${fmt(counts.total)} directory records…`);
      await clearDirectory(database);
      if (counts.demo > 0) await seedDirectoryDemo(database);
    }
    const sizes = SEED_SCALES[args.scale];
    const homeProvince =
      args.scale === 'province' ? (args.province ?? DEFAULT_HOME_PROVINCE) : args.province;
    console.error(
      `seed:demo ${args.scale} (seed ${args.seed}${homeProvince ? `, province ${homeProvince}` : ''}) into ${database.engine}: ${fmt(sizes.organizations)} organisations, ${fmt(sizes.people)} people`,
    );
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await seedDirectory(database, {
      seed: args.seed,
      ...sizes,
      homeProvince,
      onProgress: progressPrinter(started),
    });
    console.log(
      `Loaded ${fmt(result.organizations)} organisations, ${fmt(result.people)} people and ${fmt(result.affiliations)} affiliations in ${secs(performance.now() - started)} on ${database.engine} (organisations ${secs(result.ms.organizations)}, people ${secs(result.ms.people)}, vacuum and analyze ${secs(result.ms.analyze)}).`,
    );
    // On a busy machine the wall time says little: the CPU this process used is comparable.
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `CPU used by this process: ${secs((cpu.user + cpu.system) / 1000)}${database.engine === 'postgres' ? ' (the server’s own is not included)' : ''}; load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
