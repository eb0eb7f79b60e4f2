// The directory's share of `npm run seed:demo`: ≈ 3,000 organisations and 5,000 people at province
// scale (70 % in the home province), ≈ 100,000 / 200,000 over all 34 provinces at national scale.
// It adds to an empty directory or to the demo set; other records make it refuse unless forced,
// which empties the whole directory first (and reloads the demo set if it was there).
import os from 'node:os';
import type { AppDeps } from '../../../platform/deps';
import type { ScaleSeedOptions } from '../../../platform/modules/manifest';
import { demoAccountOrganizations } from '../../identity';
import { seedDirectoryDemo } from './demo-set';
import { SEED_SCALES } from './generate';
import { clearDirectory, countDirectoryRecords, seedDirectory } from './seed-directory';

/** Đà Nẵng: the home province of a province-scale instance when none is given. */
const DEFAULT_HOME_PROVINCE = '48';

const fmt = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export class DirectoryNotEmptyError extends Error {
  constructor(others: number) {
    super(
      `The directory already holds ${fmt(others)} organisations and people besides the demo set. Nothing was changed.\nRun again with --force to delete the whole directory first.`,
    );
  }
}

export async function seedDirectoryAtScale(deps: AppDeps, options: ScaleSeedOptions) {
  const { database } = deps;
  const counts = await countDirectoryRecords(database);
  if (counts.total > counts.demo) {
    if (!options.force) throw new DirectoryNotEmptyError(counts.total - counts.demo);
    options.say(`--force: deleting ${fmt(counts.total)} directory records…`);
    await clearDirectory(database);
    if (counts.demo > 0) {
      await seedDirectoryDemo(database, await demoAccountOrganizations(database.db));
    }
  }
  const sizes = SEED_SCALES[options.scale];
  const homeProvince =
    options.scale === 'province' ? (options.province ?? DEFAULT_HOME_PROVINCE) : options.province;
  options.say(
    `directory ${options.scale} (seed ${options.seed}${homeProvince ? `, province ${homeProvince}` : ''}) into ${database.engine}: ${fmt(sizes.organizations)} organisations, ${fmt(sizes.people)} people`,
  );
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await seedDirectory(database, {
    seed: options.seed,
    ...sizes,
    homeProvince,
    onProgress: (p) =>
      options.progress(
        p.phase === 'analyze' ? 'indexing and statistics' : p.phase,
        p.done,
        p.total,
      ),
  });
  options.say(
    `Loaded ${fmt(result.organizations)} organisations, ${fmt(result.people)} people and ${fmt(result.affiliations)} affiliations in ${secs(performance.now() - started)} on ${database.engine} (organisations ${secs(result.ms.organizations)}, people ${secs(result.ms.people)}, vacuum and analyze ${secs(result.ms.analyze)}).`,
  );
  // On a busy machine the wall time says little: the CPU this process used is comparable.
  const cpu = process.cpuUsage(cpuBefore);
  options.say(
    `CPU used by this process: ${secs((cpu.user + cpu.system) / 1000)}${database.engine === 'postgres' ? ' (the server’s own is not included)' : ''}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}.`,
  );
}
