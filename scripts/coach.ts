/**
 * `npm run coach -- FILE.json`, or JSON on stdin: prints the coach's review of a story as
 * JSON on stdout. Input problems exit with code 2 and one line on stderr.
 */
import { readFile } from 'node:fs/promises';
import { StoryTextSchema } from '../shared/coach/review-schema';
import { reviewStory } from '../shared/coach/review-story';

const USAGE = 'usage: npm run coach -- FILE.json   (or pipe the story JSON on stdin)';

/** An input problem the user can fix; printed as one line, exit code 2. */
class InputError extends Error {}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function readProblem(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new InputError(`cannot read "${file}": ${reason}`);
}

async function readInput(args: readonly string[]): Promise<{ text: string; source: string }> {
  if (args.length > 1) throw new InputError(`expected at most one file, got ${args.length}. ${USAGE}`);
  const file = args[0];
  if (file !== undefined) {
    try {
      return { text: await readFile(file, 'utf8'), source: `"${file}"` };
    } catch (error) {
      throw readProblem(file, error);
    }
  }
  if (process.stdin.isTTY) throw new InputError(`no input. ${USAGE}`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return { text: Buffer.concat(chunks).toString('utf8'), source: 'stdin' };
}

function parseStory(text: string, source: string): ReturnType<typeof StoryTextSchema.parse> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Keep it to one line: the parser quotes the input, newlines and all.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
    throw new InputError(`${source} is not valid JSON (${detail})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(`expected a JSON object with the story parts, got ${describe(json)}`);
  }
  const parsed = StoryTextSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'input');
    const got = describe((json as Record<string, unknown>)[field]);
    throw new InputError(`"${field}" must be a string, got ${got}`);
  }
  return parsed.data;
}

async function main(args: readonly string[]): Promise<void> {
  try {
    const { text, source } = await readInput(args);
    const review = reviewStory(parseStory(text, source));
    process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`coach: ${error.message}\n`);
    process.exitCode = 2;
  }
}

await main(process.argv.slice(2));
