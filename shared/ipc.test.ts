import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcContract } from './ipc';

describe('IPC contract', () => {
  it('has exactly one entry per channel name, named domain.verb', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...ipcChannels].sort());
    for (const channel of ipcChannels) expect(channel).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });

  it('has strict inputs: unknown keys are refused', () => {
    for (const channel of ipcChannels) {
      expect(ipcContract[channel].input.safeParse({ unexpected: 1 }).success).toBe(false);
    }
  });
});
