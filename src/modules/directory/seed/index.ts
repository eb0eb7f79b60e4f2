// Demo and scale data for the directory (npm run seed:demo, the first start's demo set, benches).
export { demoDirectory, seedDirectoryDemo } from './demo-set';
export {
  DEFAULT_UNTIL,
  generateOrganizations,
  generatePeople,
  SEED_SCALES,
  summarize,
  type GenerateOptions,
  type SeedScale,
} from './generate';
export {
  analyzeDirectory,
  clearDirectory,
  countDirectoryRecords,
  DEMO_LABEL,
  SEED_LABEL,
  seedDirectory,
  type SeedProgress,
  type SeedResult,
} from './seed-directory';
export { manageDemoProfile } from './demo-manager';
