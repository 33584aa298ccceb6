// With the lock on, no word of the journal is left in the browser profile's files: neither
// the journal's rows (moved into a fresh database, the old one deleted) nor the keys LevelDB
// names in its own files (docs/lock.md, "The storage's own files").
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page, type TestInfo } from '@playwright/test';
import { logSetback, openJournal } from '../pages/journal';
import { lockNow, lockScreen, turnOnLock, unlock } from '../pages/lock';

const WORD = 'quillfeather';
// Raw bytes: the text as UTF-8/Latin-1 and UTF-16 (IndexedDB's keys), and as LevelDB's own
// log prints a key it compacts (UTF-16 with each zero byte written out as \x00).
const needles = [
  Buffer.from(WORD, 'latin1'),
  Buffer.from(WORD, 'utf16le'),
  Buffer.from(WORD.split('').join('\\x00'), 'latin1'),
];

const readIfThere = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    // Gone since it was listed: LevelDB deletes files as it compacts.
    return Buffer.alloc(0);
  }
};

/** The profile's files that hold the word. */
function filesNaming(profile: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      // A file may come and go while the browser runs.
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(file);
      else if (stat?.isFile() && needles.some((needle) => readIfThere(file).includes(needle)))
        files.push(path.relative(profile, file));
    }
  };
  walk(profile);
  return files;
}

/** LevelDB's file index and log. */
const storageOwnFiles = (files: string[]) => files.filter((file) => /(^|\/)(MANIFEST-\d+|LOG(\.old)?)$/.test(file));

const launch = (profile: string, testInfo: TestInfo) =>
  chromium.launchPersistentContext(profile, {
    executablePath: testInfo.project.use.launchOptions?.executablePath,
    args: testInfo.project.use.launchOptions?.args,
    baseURL: String(testInfo.project.use.baseURL),
    viewport: { width: 1200, height: 820 },
  });

/**
 * A setback naming the word, then keys naming it written and their database deleted. LevelDB's
 * file index (MANIFEST) names the first and last key of each table file, and its log the keys
 * where a compaction stops: index keys of the journal (a tag, the start of a title) land there
 * or not depending on where the files split. The deleted keys stand in for them, so that both
 * name the word for sure.
 */
async function writeJournalNamingTheWord(page: Page, profile: string) {
  await openJournal(page);
  await logSetback(page, { title: `The ${WORD} offsite`, type: 'Strategic', tags: WORD });
  await page.evaluate(async (word) => {
    const done = (request: IDBRequest) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const open = indexedDB.open('earlier-words', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('words');
    const db = (await done(open)) as IDBDatabase;
    // Values that do not compress, enough for LevelDB to write and split several table files.
    const noise = () => Array.from(crypto.getRandomValues(new Uint32Array(250)), (n) => n.toString(36)).join('');
    for (let batch = 0; batch < 4; batch += 1) {
      const words = db.transaction('words', 'readwrite').objectStore('words');
      for (let at = 0; at < 1500; at += 1) words.put(noise(), `${word} ${batch} ${at}`);
      await done(words.count());
    }
    db.close();
    await done(indexedDB.deleteDatabase('earlier-words'));
  }, WORD);
  // The compaction that follows a deletion runs in the background.
  await expect.poll(() => storageOwnFiles(filesNaming(profile)).length, { timeout: 30_000 }).toBeGreaterThan(0);
}

test('with the lock on, the words are nowhere in the profile once the browser has started again', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-lock-profile-'));
  try {
    let context = await launch(profile, testInfo);
    await writeJournalNamingTheWord(context.pages()[0] ?? (await context.newPage()), profile);
    await context.close();
    // The check can see the word: it is there before the lock, file index and log included.
    expect(filesNaming(profile).length).toBeGreaterThan(0);
    expect(storageOwnFiles(filesNaming(profile)).length).toBeGreaterThan(0);

    context = await launch(profile, testInfo);
    let page = context.pages()[0] ?? (await context.newPage());
    await openJournal(page);
    await turnOnLock(page);
    await context.close();
    // IndexedDB drops a deleted database's values from its files when it compacts them, at the
    // latest as the browser opens them again; the log of the move's session goes then too (the
    // desktop app deletes LevelDB's logs as it quits and starts: electron/storage-logs.ts).
    context = await launch(profile, testInfo);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(lockScreen(page)).toBeVisible();
    await context.close();
    expect(filesNaming(profile)).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('with the lock on, the words leave the profile while the app runs, another tab open: the file index at once, the log once locked for a moment', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-lock-profile-'));
  try {
    const context = await launch(profile, testInfo);
    const page = context.pages()[0] ?? (await context.newPage());
    await writeJournalNamingTheWord(page, profile);
    // Another window of the app (a tab here, quick capture on the desktop) lets go of the
    // storage too while the journal moves, and comes back to the lock screen after it.
    const other = await context.newPage();
    await openJournal(other);
    await turnOnLock(page);
    await expect(lockScreen(other)).toBeVisible();
    // At its end the move let the storage rest, so Chromium opened it afresh: a fresh file
    // index, and a new log. Only the log of before (LOG.old) still names the word.
    await expect.poll(() => filesNaming(profile).map((file) => path.basename(file))).toEqual(['LOG.old']);
    // The lock screen holds no connection either, so Chromium closes the storage again after two
    // seconds or so, and opens it afresh at the unlock, with a new log: the one before goes.
    for (let time = 0; time < 2 && filesNaming(profile).length > 0; time += 1) {
      await lockNow(page);
      await page.waitForTimeout(3500);
      await unlock(page);
      await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
    }
    expect(filesNaming(profile)).toEqual([]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
