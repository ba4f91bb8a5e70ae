// The vitest configuration `npm run mutate` runs: the node project only (the component tests take
// minutes per run and test the screens, not the rules measured here). STRYKER_TESTS narrows it to some
// test files, e.g. STRYKER_TESTS='src/domain/**/*.test.ts'. (Stryker's own --testFiles activates
// static mutants too late with the vitest runner, stryker-js#6144, so they all "survive": not used.)
import { defineConfig } from 'vitest/config';
import base from './vite.config';

const only = process.env.STRYKER_TESTS?.split(',').map((glob) => glob.trim()).filter(Boolean);
const projects = (base.test?.projects ?? [])
  .filter((p) => typeof p === 'object' && 'test' in p && p.test?.name === 'node')
  .map((p) => (only?.length && typeof p === 'object' && 'test' in p ? { ...p, test: { ...p.test, include: only } } : p));

export default defineConfig({ ...base, test: { ...base.test, projects } });
