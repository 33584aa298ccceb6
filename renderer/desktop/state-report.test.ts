import { describe, expect, it, vi } from 'vitest';
import type { DesktopState } from '../../shared/ipc/desktop-contract';
import { createStateReporter } from './state-report';

const state = (change: Partial<DesktopState> = {}): DesktopState => ({
  journalOpen: true,
  storyOpen: false,
  lockOn: false,
  unreflected: [],
  ...change,
});

describe('the desktop state reporter', () => {
  it('sends a state once, and again only when it changes', () => {
    const send = vi.fn<(sent: DesktopState) => Promise<void>>(() => Promise.resolve());
    const reporter = createStateReporter(send);
    reporter.report(state());
    reporter.report(state());
    reporter.report(state({ storyOpen: true }));
    reporter.report(state({ storyOpen: true }));
    const logged = ['2026-12-01T09:00:00.000Z'];
    reporter.report(state({ unreflected: logged }));
    reporter.report(state({ unreflected: [...logged] }));
    const closed = { journalOpen: false, storyOpen: false, lockOn: false };
    reporter.report(closed);
    expect(send.mock.calls.map(([sent]) => sent)).toEqual([
      state(),
      state({ storyOpen: true }),
      state({ unreflected: logged }),
      closed,
    ]);
  });

  it('sends the state before the journal opens only if nothing was reported yet', () => {
    const send = vi.fn<(sent: DesktopState) => Promise<void>>(() => Promise.resolve());
    const reporter = createStateReporter(send);
    reporter.reportFirst(state({ journalOpen: false, lockOn: true }));
    reporter.report(state({ lockOn: true }));
    reporter.reportFirst(state({ journalOpen: false, lockOn: true }));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith(state({ lockOn: true }));
  });

  it('sends a state again after its send failed', async () => {
    const send = vi.fn<(sent: DesktopState) => Promise<void>>().mockRejectedValueOnce(new Error('no main'));
    send.mockResolvedValue(undefined);
    const reporter = createStateReporter(send);
    reporter.report(state());
    await Promise.resolve();
    await Promise.resolve();
    reporter.report(state());
    expect(send).toHaveBeenCalledTimes(2);
  });
});
