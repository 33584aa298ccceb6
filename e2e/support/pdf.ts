import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing ? `${command} is missing: install poppler-utils (apt-get install poppler-utils).` : String(error),
    );
  }
}

export interface PrintedPdf {
  text: string;
  pages: number;
  title: string;
  /** True when the file carries a document outline (bookmarks). */
  hasOutline: boolean;
  bytes: Buffer;
}

/**
 * Chromium's printing occasionally answers "Printing failed" when the machine is saturated
 * (two workers printing at once on two cores); the document is the same on a second try.
 */
async function printWithRetry(page: Page, attempts = 3): Promise<Buffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    } catch (error) {
      if (attempt >= attempts || !String(error).includes('Printing failed')) throw error;
    }
  }
}

/** Prints the current page with Chromium, as the desktop's printToPDF does, and reads it back. */
export async function printPdf(page: Page, testInfo: TestInfo, name: string): Promise<PrintedPdf> {
  const bytes = await printWithRetry(page);
  // Kept in the test's output folder (test-results/…) so a person can open the PDF and PNG.
  const folder = testInfo.outputPath();
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const info = run('pdfinfo', [file]);
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const png = path.join(folder, `${name}-page-1`);
  run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, png]);
  await testInfo.attach(`${name}-page-1.png`, { path: `${png}.png`, contentType: 'image/png' });
  return {
    text: text.replace(/\s+/g, ' '),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    title: /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    hasOutline: bytes.includes('/Outlines'),
    bytes,
  };
}
