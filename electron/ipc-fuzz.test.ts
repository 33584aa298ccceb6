import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcContract, MAX_IPC_PAYLOAD_BYTES, payloadLimitOf, type IpcChannel } from '../shared/ipc';
import { MAX_IPC_BACKUP_CHARS } from '../shared/ipc/backup-contract';
import { handleIpcCall, type RegisterOptions } from './ipc-handlers';
import { jobFor, storyWithId } from './test-support/print-jobs';
import { createTrustedSenderCheck, type SenderEvent } from './trusted-sender';

// Property tests: whatever arrives on a channel, main answers with a plain result, never
// throws, and runs the implementation only for a trusted sender with a valid payload.

const OWN_ID = 7;
const trusted: SenderEvent = {
  sender: { id: OWN_ID },
  senderFrame: { url: 'app://hindsight/index.html', parent: null },
};

function harness() {
  const implementation = vi.fn((_input: unknown): unknown => ({ saved: false }));
  const log = vi.fn();
  const options: RegisterOptions = {
    isTrustedSender: createTrustedSenderCheck({ windowContentsIds: () => [OWN_ID] }),
    log,
  };
  const call = (channel: IpcChannel, event: SenderEvent, args: unknown[]) =>
    handleIpcCall(channel, implementation as never, options, event, args);
  return { implementation, log, call };
}

/** A result of the contract's shape: a value, or an error message a person can read. */
function expectPlainResult(result: unknown): void {
  expect(result).toSatisfy(
    (value: unknown) =>
      typeof value === 'object' &&
      value !== null &&
      ((Object.keys(value).sort().join() === 'error,ok' &&
        (value as { ok: unknown }).ok === false &&
        typeof (value as { error: unknown }).error === 'string' &&
        (value as { error: string }).error.length > 0) ||
        (Object.keys(value).sort().join() === 'ok,value' && (value as { ok: unknown }).ok === true)),
  );
}

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const hostile = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { toJSON: () => ({}) },
  { then: () => {} },
  '../../etc/passwd',
  'x'.repeat(MAX_IPC_PAYLOAD_BYTES + 1),
  Number.NaN,
  Symbol('s'),
  () => 'function',
  new Error('boom'),
  new Proxy({}, {}),
);

const recordId = fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/);
const validPrintRequest = fc.record({
  request: fc.record(
    {
      storyIds: fc.array(recordId, { minLength: 1, maxLength: 20 }),
      options: fc.record(
        {
          variant: fc.constantFrom('sheet', 'cue-card'),
          includeFollowUps: fc.boolean(),
          redactions: fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z =]{0,40}$/), { maxLength: 50 }),
          pageSize: fc.constantFrom('A4', 'Letter'),
        },
        { requiredKeys: [] },
      ),
      pack: fc.option(
        fc.record(
          {
            company: fc.string({ maxLength: 200 }),
            role: fc.string({ maxLength: 200 }),
            date: fc.string({ maxLength: 40 }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['storyIds', 'options'] },
  ),
  fileName: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,100}$/),
});
/** A pdf.export payload: the job hands the print view the very stories the request names. */
const validPdfExport = validPrintRequest.map(({ request, fileName }) => ({
  job: { request, stories: request.storyIds.map((id) => storyWithId(id)) },
  fileName,
}));

/** Keys no schema of the contract declares, to prove every object is `.strict()`. */
const unknownKey = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((key) => !['request', 'fileName', 'storyIds', 'options', 'pack'].includes(key) && key !== '__proto__');

describe('IPC fuzzing: every channel, random payloads', () => {
  it.each([...ipcChannels])('%s answers anything with a plain result and runs only on valid input', async (channel) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyValue, hostile), async (payload) => {
        const { implementation, call } = harness();
        const result = await call(channel, trusted, [payload]);
        expectPlainResult(result);
        const valid = (() => {
          try {
            return (
              JSON.stringify(payload ?? null).length <= MAX_IPC_PAYLOAD_BYTES &&
              ipcContract[channel].input.safeParse(payload).success
            );
          } catch {
            return false;
          }
        })();
        if (!valid) {
          expect(result).toMatchObject({ ok: false });
          expect(implementation).not.toHaveBeenCalled();
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([...ipcChannels])('%s refuses any number of arguments other than one', async (channel) => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyValue, { minLength: 2, maxLength: 5 }), async (args) => {
        const { implementation, call } = harness();
        const result = await call(channel, trusted, args);
        expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/one argument/) });
        expect(implementation).not.toHaveBeenCalled();
      }),
    );
  });
});

describe('IPC fuzzing: pdf.export, near-valid payloads', () => {
  it('accepts well-formed requests and hands the implementation exactly the parsed input', async () => {
    await fc.assert(
      fc.asyncProperty(validPdfExport, async (payload) => {
        const { implementation, call } = harness();
        expect(await call('pdf.export', trusted, [payload])).toEqual({ ok: true, value: { saved: false } });
        expect(implementation).toHaveBeenCalledExactlyOnceWith(ipcContract['pdf.export'].input.parse(payload), {
          senderId: OWN_ID,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an unknown key at any level of the request (every object is strict)', async () => {
    const where = fc.constantFrom('top', 'job', 'request', 'options', 'pack');
    await fc.assert(
      fc.asyncProperty(validPdfExport, where, unknownKey, anyValue, async (payload, level, key, value) => {
        const bad = structuredClone(payload) as unknown as Record<string, Record<string, Record<string, unknown>>>;
        const request = bad['job']!['request'] as Record<string, Record<string, unknown>>;
        const target =
          level === 'top'
            ? bad
            : level === 'job'
              ? bad['job']!
              : level === 'request'
                ? request
                : level === 'options'
                  ? request['options']
                  : (request['pack'] ??= {});
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        const { implementation, call } = harness();
        expect(await call('pdf.export', trusted, [bad])).toMatchObject({ ok: false });
        expect(implementation).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses ids and file names that could bend a URL or a path', async () => {
    const badId = fc.oneof(
      fc.constantFrom('', '../x', 'a/b', 'a?b', 'a#b', 'a%2f', 'a b', 'x'.repeat(65), 'ä'),
      fc.string().filter((id) => !/^[A-Za-z0-9-]{1,64}$/.test(id)),
    );
    const badFileName = fc.oneof(
      fc.constantFrom('', '   ', '.', '..', '../x.pdf', 'a/b.pdf', 'a\\b.pdf', 'C:x.pdf', 'a\u0000b', 'x'.repeat(121)),
      fc.string().map((name) => `${name}/`),
    );
    await fc.assert(
      fc.asyncProperty(validPdfExport, badId, badFileName, fc.boolean(), async (payload, id, fileName, breakId) => {
        const { request, stories } = payload.job;
        const storyIds = [...request.storyIds.slice(1), id];
        const bad = breakId
          ? {
              ...payload,
              job: { request: { ...request, storyIds }, stories: [...stories.slice(1), { ...stories[0], id }] },
            }
          : { ...payload, fileName };
        const { implementation, call } = harness();
        expect(await call('pdf.export', trusted, [bad])).toMatchObject({ ok: false });
        expect(implementation).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });

  it('takes the longest backup text the renderer may send, even when JSON escapes every character', async () => {
    const { implementation, call } = harness();
    implementation.mockReturnValue({ written: true });
    const text = '"\n'.repeat(MAX_IPC_BACKUP_CHARS / 2);
    expect(await call('backup.writeAutomatic', trusted, [{ text, counts: { entries: 1, stories: 0 } }])).toEqual({
      ok: true,
      value: { written: true },
    });
  });

  it('refuses payloads over the size limit before parsing them', async () => {
    const { implementation, call } = harness();
    const huge = {
      job: jobFor({ storyIds: ['a'], options: {} }),
      fileName: 'x',
      padding: 'y'.repeat(payloadLimitOf('pdf.export')),
    };
    expect(await call('pdf.export', trusted, [huge])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
    expect(implementation).not.toHaveBeenCalled();
  });
});

describe('IPC fuzzing: senders', () => {
  const foreignUrl = fc.oneof(
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    fc.constantFrom(
      'app://hindsight.evil/index.html',
      'app://evil/index.html',
      'app://hindsight@evil/index.html',
      'file:///work/out/renderer/index.html',
      'http://127.0.0.1:5173/',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,hi',
      '',
      'hindsight',
    ),
  );
  const ownUrl = fc.constantFrom(
    'app://hindsight/index.html',
    'app://hindsight/index.html#/journal',
    'APP://HINDSIGHT/',
  );

  it('refuses and logs calls from a foreign origin, without running the implementation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ipcChannels), foreignUrl, async (channel, url) => {
        const { implementation, log, call } = harness();
        const event: SenderEvent = { sender: { id: OWN_ID }, senderFrame: { url, parent: null } };
        expect(await call(channel, event, [{}])).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
        expect(implementation).not.toHaveBeenCalled();
        expect(log).toHaveBeenCalledOnce();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses subframes, other webContents and destroyed frames even on our own origin', async () => {
    const badFrame = fc.oneof(
      fc.record({
        id: fc.integer().filter((id) => id !== OWN_ID),
        parent: fc.constant(null),
        frame: fc.constant(true),
      }),
      fc.record({ id: fc.constant(OWN_ID), parent: fc.constant({}), frame: fc.constant(true) }),
      fc.record({ id: fc.constant(OWN_ID), parent: fc.constant(null), frame: fc.constant(false) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ipcChannels), ownUrl, badFrame, async (channel, url, frame) => {
        const { implementation, log, call } = harness();
        const event: SenderEvent = {
          sender: { id: frame.id },
          senderFrame: frame.frame ? { url, parent: frame.parent } : null,
        };
        expect(await call(channel, event, [{}])).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
        expect(implementation).not.toHaveBeenCalled();
        expect(log).toHaveBeenCalledOnce();
      }),
      { numRuns: 200 },
    );
  });
});
