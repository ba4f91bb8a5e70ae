import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULE_MOCKING_TESTS } from '../vite.config';

// The test files share one module graph (vite.config.ts, isolate: false); a file that replaces a module
// would replace it for every file after it, so each such file must be listed to run on its own.
describe('test isolation', () => {
  it('runs every file that replaces a module with vi.mock in a module graph of its own', () => {
    const testFiles = ['src', 'server', 'mocks', 'scripts'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`)).filter((f) => /\.test\.tsx?$/.test(f));
    const mocking = testFiles.filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !MODULE_MOCKING_TESTS.includes(file))).toEqual([]);
  });
});
