// A real crash: Chromium launched by hand on a profile, killed with SIGKILL (no unload,
// no pagehide, no graceful close), then relaunched on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../scripts/find-chromium';
import { journalList, logSetback, openSetback } from '../pages/journal';

const TITLE = 'Crash test';
const FIELD = 'What I learned';

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

async function launch(executable: string, profile: string): Promise<Running> {
  const portFile = path.join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  // A killed Chromium leaves its profile lock behind; the process that held it is gone.
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie'])
    rmSync(path.join(profile, lock), { force: true });
  const child = spawn(
    executable,
    [
      ...chromiumArgs,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const started = Date.now();
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
    if (Date.now() - started > 15_000) throw new Error('Chromium did not open its debugging port.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

function kill(running: Running, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) return resolve();
    running.child.once('exit', () => resolve());
    // The whole process group: browser, renderers and the storage service alike.
    process.kill(-running.child.pid!, signal);
  });
}

async function openCrashEntry(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/#/journal`);
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  // The journal shows either its list or the empty state once loaded.
  await expect(page.getByText('Opening your journal…')).toBeHidden();
  if (
    (await journalList(page)
      .getByRole('link', { name: new RegExp(TITLE) })
      .count()) === 0
  )
    await logSetback(page, { title: TITLE, type: 'Technical' });
  await openSetback(page, TITLE);
}

export interface CrashResult {
  ok: boolean;
  typedChars: number;
  /** Characters typed at least 1 s before the kill, all of which must be there. */
  requiredChars: number;
  foundChars: number;
}

/**
 * Types continuously into an entry for a while, kills Chromium with SIGKILL at an
 * arbitrary moment, restarts it on the same profile and checks that everything typed
 * up to 1 s before the kill is stored (and nothing that was never typed).
 */
export async function crashIteration(
  executable: string,
  profile: string,
  baseURL: string,
  iteration: number,
): Promise<CrashResult> {
  const first = await launch(executable, profile);
  let base = '';
  const typed: { at: number; text: string }[] = [];
  let killedAt = 0;
  try {
    await openCrashEntry(first.page, baseURL);
    const field = first.page.getByRole('textbox', { name: FIELD });
    base = await field.inputValue();
    await field.focus();
    await first.page.keyboard.press('Control+End');
    const typeFor = 2000 + Math.floor(Math.random() * 1500);
    const start = Date.now();
    let text = base;
    for (let word = 0; Date.now() - start < typeFor; word++) {
      const chunk = `i${iteration}w${word} `;
      await first.page.keyboard.type(chunk, { delay: 10 });
      text += chunk;
      typed.push({ at: Date.now(), text });
    }
  } finally {
    killedAt = Date.now();
    await kill(first, 'SIGKILL');
  }
  const full = typed.at(-1)?.text ?? base;
  const required = [...typed].reverse().find((step) => step.at <= killedAt - 1000)?.text ?? base;

  const second = await launch(executable, profile);
  try {
    await openCrashEntry(second.page, baseURL);
    const found = await second.page.getByRole('textbox', { name: FIELD }).inputValue();
    return {
      ok: found.startsWith(required) && full.startsWith(found),
      typedChars: full.length - base.length,
      requiredChars: required.length - base.length,
      foundChars: found.length - base.length,
    };
  } finally {
    await second.browser.close().catch(() => undefined);
    await kill(second, 'SIGTERM');
  }
}
