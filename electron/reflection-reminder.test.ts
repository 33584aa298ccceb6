import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { jsonStateFile } from './json-state-file';
import {
  createReflectionReminder,
  localDay,
  REMINDER_CHECK_MS,
  ReminderRecordSchema,
  reminderText,
  type ReminderRecord,
} from './reflection-reminder';

/** Local time (the reminder works in the person's own day). */
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 11, day, hours, minutes);

/** `count` setbacks logged on 1 December, unreflected: they wait for reflection from the 4th to the 15th. */
const loggedOnTheFirst = (count: number) => Array.from({ length: count }, (_, n) => at(1, 9, n).toISOString());

function memoryStore(initial: ReminderRecord | null = null) {
  let saved = initial;
  return {
    read: vi.fn(() => Promise.resolve(saved)),
    write: vi.fn((value: ReminderRecord) => {
      saved = value;
      return Promise.resolve();
    }),
    saved: () => saved,
  };
}

async function setUp(options: { store?: ReturnType<typeof memoryStore>; supported?: boolean; waiting?: number } = {}) {
  let now = at(6, 9);
  let tick: (() => void) | undefined;
  const store = options.store ?? memoryStore();
  const notify = vi.fn((_text: { title: string; body: string }, _onClick: () => void) => options.supported ?? true);
  const open = vi.fn();
  const reminder = createReflectionReminder({
    now: () => now,
    setInterval: (run, ms) => {
      expect(ms).toBe(REMINDER_CHECK_MS);
      tick = run;
      return 1;
    },
    clearInterval: vi.fn(),
    notify,
    open,
    store,
    log: vi.fn(),
  });
  reminder.configure({ enabled: true, time: '18:00' });
  reminder.setUnreflected(loggedOnTheFirst(options.waiting ?? 3));
  await reminder.start();
  /** Moves the clock and lets the minute timer fire. */
  const minuteAt = (date: Date) => {
    now = date;
    tick?.();
  };
  /** Moves the clock while asleep (no ticks), then wakes: powerMonitor's resume calls check. */
  const wakeAt = (date: Date) => {
    now = date;
    reminder.check();
  };
  return { reminder, notify, open, store, minuteAt, wakeAt };
}

describe('reflection reminder', () => {
  it('a normal day: nothing before the chosen time, one reminder at it, none after', async () => {
    const { notify, minuteAt, store } = await setUp();
    minuteAt(at(6, 17, 59));
    expect(notify).not.toHaveBeenCalled();
    minuteAt(at(6, 18, 0));
    minuteAt(at(6, 18, 1));
    minuteAt(at(6, 23, 59));
    expect(notify).toHaveBeenCalledOnce();
    expect(notify.mock.calls[0]?.[0]).toEqual({
      title: 'Setbacks are waiting for reflection',
      body: '3 setbacks from the last few days are waiting for you to reflect on them.',
    });
    expect(store.saved()).toEqual({ lastRemindedDay: '2026-12-06' });
    minuteAt(at(7, 18, 0));
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('nothing waiting: no notification', async () => {
    const { notify, minuteAt, reminder } = await setUp({ waiting: 0 });
    minuteAt(at(6, 18, 0));
    expect(notify).not.toHaveBeenCalled();
    reminder.setUnreflected(loggedOnTheFirst(1));
    minuteAt(at(6, 18, 1));
    expect(notify.mock.calls[0]?.[0].body).toBe(
      '1 setback from the last few days is waiting for you to reflect on it.',
    );
  });

  it('counts as the days pass what it was told once, with no window open: a setback waits from its third day to its fourteenth', async () => {
    const { notify, minuteAt, reminder } = await setUp({ waiting: 0 });
    // Logged one evening (quick capture), then no window reports anything again.
    reminder.setUnreflected([at(5, 20).toISOString()]);
    minuteAt(at(6, 18, 0));
    minuteAt(at(8, 19, 59));
    expect(notify).not.toHaveBeenCalled();
    minuteAt(at(8, 20, 0));
    expect(notify.mock.calls[0]?.[0].body).toBe(
      '1 setback from the last few days is waiting for you to reflect on it.',
    );
    minuteAt(at(19, 19, 0));
    expect(notify).toHaveBeenCalledTimes(2);
    minuteAt(at(20, 18, 0));
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('asleep through the chosen time: reminded on waking the same day', async () => {
    const { notify, minuteAt, wakeAt } = await setUp();
    minuteAt(at(6, 17, 30));
    wakeAt(at(6, 21, 15));
    expect(notify).toHaveBeenCalledOnce();
  });

  it("woken the next day before the time: no reminder for yesterday, today's comes at the time", async () => {
    const { notify, minuteAt, wakeAt } = await setUp();
    minuteAt(at(6, 17, 30));
    wakeAt(at(7, 8, 0));
    expect(notify).not.toHaveBeenCalled();
    minuteAt(at(7, 17, 59));
    expect(notify).not.toHaveBeenCalled();
    minuteAt(at(7, 18, 0));
    expect(notify).toHaveBeenCalledOnce();
  });

  it('a clock moved back, into an hour or a day already reminded, never reminds twice', async () => {
    const { notify, minuteAt } = await setUp();
    minuteAt(at(6, 18, 0));
    minuteAt(at(6, 17, 0));
    minuteAt(at(6, 18, 0));
    minuteAt(at(5, 19, 0));
    expect(notify).toHaveBeenCalledOnce();
  });

  it('a clock moved forward past the time reminds once', async () => {
    const { notify, minuteAt } = await setUp();
    minuteAt(at(6, 10, 0));
    minuteAt(at(6, 20, 0));
    minuteAt(at(6, 20, 1));
    expect(notify).toHaveBeenCalledOnce();
  });

  it('a restart the same day does not remind again (the day is remembered)', async () => {
    const store = memoryStore({ lastRemindedDay: '2026-12-06' });
    const { notify, minuteAt } = await setUp({ store });
    minuteAt(at(6, 19, 0));
    expect(notify).not.toHaveBeenCalled();
    minuteAt(at(7, 19, 0));
    expect(notify).toHaveBeenCalledOnce();
  });

  it('turned off: no reminder; turned on after the time: reminded that day', async () => {
    const { notify, minuteAt, reminder } = await setUp();
    reminder.configure({ enabled: false, time: '18:00' });
    minuteAt(at(6, 18, 30));
    expect(notify).not.toHaveBeenCalled();
    reminder.configure({ enabled: true, time: '18:00' });
    expect(notify).toHaveBeenCalledOnce();
  });

  it('where notifications cannot be shown the day is not used up', async () => {
    const { notify, minuteAt, store } = await setUp({ supported: false });
    minuteAt(at(6, 18, 0));
    expect(notify).toHaveBeenCalledOnce();
    expect(store.write).not.toHaveBeenCalled();
  });

  it('a click opens the reflection queue', async () => {
    const { notify, minuteAt, open } = await setUp();
    minuteAt(at(6, 18, 0));
    notify.mock.calls[0]?.[1]();
    expect(open).toHaveBeenCalledOnce();
  });

  it('checks nothing before the saved day is read', () => {
    const notify = vi.fn(() => true);
    const reminder = createReflectionReminder({
      now: () => at(6, 19),
      setInterval: () => 1,
      clearInterval: () => undefined,
      notify,
      open: vi.fn(),
      store: memoryStore(),
      log: vi.fn(),
    });
    reminder.setUnreflected(loggedOnTheFirst(2));
    reminder.configure({ enabled: true, time: '18:00' });
    reminder.check();
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('reminder helpers', () => {
  it('the text is a count, never more', () => {
    expect(reminderText(2).title).toBe('Setbacks are waiting for reflection');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the reminder file', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is written atomically and read back; a damaged or foreign file reads as never reminded', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hindsight-reminder-'));
    const file = path.join(dir, 'reflection-reminder.json');
    const store = jsonStateFile(file, ReminderRecordSchema, writeFileAtomic);
    expect(await store.read()).toBeNull();
    await store.write({ lastRemindedDay: '2026-12-06' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lastRemindedDay: '2026-12-06' });
    expect(await store.read()).toEqual({ lastRemindedDay: '2026-12-06' });
    writeFileSync(file, '{"lastRemindedDay": "yesterday"}');
    expect(await store.read()).toBeNull();
    writeFileSync(file, 'not json');
    expect(await store.read()).toBeNull();
  });
});
