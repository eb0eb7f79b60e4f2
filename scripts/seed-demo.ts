// npm run seed:demo -- --scale province|national [--seed N] [--province <code or name>] [--force]
//
// Loads generated Vietnamese data into the configured database (DATA_DIR or DATABASE_URL): each
// module that declares a scale seed in its manifest adds its share, in the modules' order, the
// same data for the same seed (the directory: ≈ 3,000 organisations and 5,000 people at province
// scale, 70 % in --province, default Đà Nẵng; ≈ 100,000 / 200,000 over the 34 provinces at
// national scale). It never runs with NODE_ENV=production. A module refuses when it already holds
// other data than its demo set, unless --force, which replaces that module's data. A server using
// the same PGlite DATA_DIR must be stopped first.
import { parseArgs } from 'node:util';
import { openDeps } from '../src/boot';
import { loadConfig } from '../src/platform/config/config';
import type { ScaleSeedOptions } from '../src/platform/modules/manifest';
import { MODULES } from '../src/wiring';

const USAGE =
  'usage: npm run seed:demo -- --scale province|national [--seed N] [--province <code or name>] [--force]';
const SCALES = ['province', 'national'] as const;

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
    const scale = SCALES.find((s) => s === values.scale);
    if (!scale || !Number.isSafeInteger(seed)) return;
    return { scale, seed, province: values.province, force: values.force };
  } catch {
    return undefined;
  }
}

/** One line per phase on a terminal, redrawn; a line per fifth of each phase in logs. */
function progressPrinter(started: number): ScaleSeedOptions['progress'] {
  const tty = process.stderr.isTTY;
  const last = new Map<string, number>();
  return (phase, done, total) => {
    const line = `${phase}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} · ${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (tty) {
      process.stderr.write(`\r${line}\u001b[K${done === total ? '\n' : ''}`);
      return;
    }
    const step = Math.floor((done / Math.max(1, total)) * 5);
    if (step !== last.get(phase)) console.error(line);
    last.set(phase, step);
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
  try {
    const options: ScaleSeedOptions = {
      ...args,
      say: (line) => console.log(line),
      progress: progressPrinter(performance.now()),
    };
    for (const m of MODULES) await m.seeds?.scale?.(deps, options);
  } finally {
    await deps.database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
