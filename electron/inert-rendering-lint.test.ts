import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The renderer never turns text into markup; eslint.config.js enforces it. These tests
// prove the guard itself still fires, so deleting or weakening the rule fails here.

const eslint = new ESLint({ cwd: path.join(import.meta.dirname, '..') });

async function ruleIds(code: string, file = 'renderer/journal/probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('renderer lint guard: render as text only', () => {
  // Loading the config and its plugins takes seconds on a busy machine; do it once, untimed by the tests.
  beforeAll(() => ruleIds(''), 60_000);

  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;',
    ],
    ['dangerouslySetInnerHTML by spread', 'export const props = { dangerouslySetInnerHTML: { __html: "x" } };'],
    ['innerHTML', 'export function f(e: HTMLElement, t: string) { e.innerHTML = t; }'],
    ['innerHTML by string key', "export function f(e: HTMLElement, t: string) { e['innerHTML'] = t; }"],
    ['outerHTML', 'export function f(e: HTMLElement, t: string) { e.outerHTML = t; }'],
    ['insertAdjacentHTML', "export function f(e: HTMLElement, t: string) { e.insertAdjacentHTML('beforeend', t); }"],
    ['document.write', 'export function f(t: string) { document.write(t); }'],
    [
      'createContextualFragment',
      'export function f(t: string) { return document.createRange().createContextualFragment(t); }',
    ],
    ['DOMParser', "export function f(t: string) { return new DOMParser().parseFromString(t, 'text/html'); }"],
    ['iframe srcDoc', 'export const A = (p: { t: string }) => <iframe title="x" srcDoc={p.t} />;'],
    ['eval', 'export function f(t: string) { return eval(t); }'],
    ['new Function', 'export function f(t: string) { return new Function(t); }'],
    ['javascript: URL', "export const href = 'javascript:void(0)';"],
  ])('rejects %s', async (_name, code) => {
    const ids = await ruleIds(code);
    expect(ids.some((id) => /no-restricted-syntax|no-eval|no-new-func|no-script-url|no-implied-eval/.test(id))).toBe(
      true,
    );
  });

  it('accepts text rendered through React and textContent', async () => {
    const code = [
      'export const A = (p: { t: string }) => <p title={p.t}>{p.t}</p>;',
      'export function f(e: HTMLElement, t: string) { e.textContent = t; }',
    ].join('\n');
    expect(await ruleIds(code)).toEqual([]);
  });
});
