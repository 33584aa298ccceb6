import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachReviewSchema } from '../shared/coach/review-schema';
import { reviewStory } from '../shared/coach/review-story';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hindsight-coach-'));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI the way `npm run coach` does (through tsx), feeding `input` on stdin. */
function coach(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/coach.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const story = {
  whatHappened: 'I approved a menu change and a dish marked nut-free went out with cashews; one guest reacted.',
  whyItHappened: 'QA didn’t catch it.',
  whatIDid: 'Eventually it got sorted out.',
  whatILearned: 'I learned the importance of planning.',
};
const record = {
  id: 'st_1',
  title: 'Allergen',
  entryIds: ['e1'],
  followUps: [],
  status: 'draft',
  createdAt: '2024-01-01T00:00:00Z',
  ...story,
};
const expected = `${JSON.stringify(reviewStory(story), null, 2)}\n`;

// Each run pays tsx's start-up, so they all start at once and the tests read the results.
const runs = new Map<string, Run>();
beforeAll(async () => {
  const jobs: Record<string, Promise<Run>> = {
    fileArg: coach([file('story.json', JSON.stringify(story))]),
    stdin: coach([], JSON.stringify(story)),
    record: coach([], JSON.stringify(record)),
    empty: coach([], '{}'),
    badJson: coach([], '{"whatHappened": "oops",\n'),
    badPart: coach([file('bad-part.json', JSON.stringify({ ...story, whatIDid: ['a', 'list'] }))]),
    notObject: coach([], '["whatHappened"]'),
    missingFile: coach([join(dir, 'nope.json')]),
  };
  const done = await Promise.all(Object.entries(jobs).map(async ([name, job]) => [name, await job] as const));
  for (const [name, run] of done) runs.set(name, run);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string): Run {
  const r = runs.get(name);
  if (r === undefined) throw new Error(`no run ${name}`);
  return r;
}

describe('npm run coach', () => {
  it('reviews a story from a file argument', () => {
    const r = run('fileArg');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    const review = CoachReviewSchema.parse(JSON.parse(r.stdout));
    expect(review.findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['blame', 'passive-action', 'generic-lesson']),
    );
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual([
      'findings',
      'scorecard',
      'checklist',
      'speakingSeconds',
      'cannotJudge',
    ]);
  });

  it('reviews a story from stdin', () => {
    expect(run('stdin')).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it('accepts a whole Story record and ignores the extra fields', () => {
    expect(run('record')).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it('treats missing parts as empty', () => {
    const r = run('empty');
    expect(r.status).toBe(0);
    const review = CoachReviewSchema.parse(JSON.parse(r.stdout));
    expect(review.findings.filter((f) => f.kind === 'missing-part')).toHaveLength(4);
  });

  it('exits 2 with one clear line for bad JSON', () => {
    const r = run('badJson');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^coach: stdin is not valid JSON/);
  });

  it('exits 2 and names the part when a part is not a string', () => {
    const r = run('badPart');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('coach: "whatIDid" must be a string, got an array');
  });

  it('exits 2 for JSON that is not an object, and for a missing file', () => {
    expect(run('notObject').status).toBe(2);
    expect(run('notObject').stderr).toMatch(/expected a JSON object/);
    expect(run('missingFile').status).toBe(2);
    expect(run('missingFile').stderr).toMatch(/cannot read ".*nope\.json": no such file/);
  });
});
