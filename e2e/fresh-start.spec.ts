import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD } from './global-setup';

// A new user's first minutes: the README's run command, exactly as written, on a copy of the tree
// that has never been built or started (no node_modules, no dist/, no data/), with default settings.
test.use({ storageState: { cookies: [], origins: [] } });

/** The command in the README's "Run it" section. */
function readmeRunCommand(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Run it$/m)[1] ?? '';
  const command = /```sh\n([^\n]+)\n```/.exec(section)?.[1];
  if (!command) throw new Error('README.md has no ```sh block under "## Run it"');
  return command;
}

/** What git would check out now: the tracked files and the new ones not ignored. */
function copyOfTheTree(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-fresh-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(file)) continue; // deleted in the work tree
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    copyFileSync(file, path.join(dir, file));
  }
  return dir;
}

// Only what a user's shell would have: none of the settings the other suites use.
function defaultEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'STATIC_DIR', 'SMTP_URL', 'PUBLIC_URL', 'MAIL_INTERVAL_MS', 'PRIVACY_DESK_E2E_DATA_DIR']) delete env[name];
  return env;
}

function waitForAddress(child: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      const found = /Privacy Desk is running at (http:\/\/[^\s/"]+\/)/.exec(output.join(''));
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the start command exited with ${code}:\n${output.join('').slice(-3000)}`)));
  });
}

test('the README run command starts a fresh copy with default settings, and the demo admin signs in', async ({ page }) => {
  test.setTimeout(6 * 60_000);
  const dir = copyOfTheTree();
  const output: string[] = [];
  const child = spawn('sh', ['-c', readmeRunCommand()], { cwd: dir, env: defaultEnvironment(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const address = await waitForAddress(child, output);
    expect(address).toBe('http://127.0.0.1:3000/');
    expect(existsSync(path.join(dir, 'data', 'pglite'))).toBe(true);

    await page.goto(`${address}#/customers`);
    await page.getByRole('textbox', { name: 'Username' }).fill('admin');
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(/^1-\d+ of 300$/)).toBeVisible();
  } finally {
    // the whole process group: sh, npm and the server under it
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    rmSync(dir, { recursive: true, force: true });
  }
});
