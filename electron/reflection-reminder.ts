import { z } from 'zod';
import type { Preferences } from '../shared/ipc/app-contract';
import { waitingAt } from '../shared/resurfacing';
import type { JsonStateFile } from './json-state-file';
import { errorKindForLog } from './log-safe';

export type ReminderSettings = Preferences['reflectionReminder'];

/** What is kept between runs: the local day of the last reminder, so a restart does not repeat it. */
export const ReminderRecordSchema = z.object({ lastRemindedDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict();
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

/** Checked this often; the reminder is due at a minute of the day. */
export const REMINDER_CHECK_MS = 60_000;

export interface ReminderText {
  title: string;
  body: string;
}

/**
 * The notification's words: a count and nothing else, never a title or a word of the
 * journal, because notifications show on lock screens and in notification history.
 */
export function reminderText(waiting: number): ReminderText {
  return waiting === 1
    ? {
        title: 'A setback is waiting for reflection',
        body: '1 setback from the last few days is waiting for you to reflect on it.',
      }
    : {
        title: 'Setbacks are waiting for reflection',
        body: `${waiting} setbacks from the last few days are waiting for you to reflect on them.`,
      };
}

/** The local calendar day of `date`, `YYYY-MM-DD` (sorts as it reads). */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether a reminder is due at `now`: enabled, something waits, at or after the chosen time
 * of the local day, and no reminder yet on this day or a later one. "Or a later one" is what
 * keeps a clock moved back (an hour or a day) from reminding twice.
 */
export function reminderDue(
  now: Date,
  settings: ReminderSettings,
  waiting: number,
  lastRemindedDay: string | null,
): boolean {
  if (!settings.enabled || waiting <= 0) return false;
  if (lastRemindedDay !== null && localDay(now) <= lastRemindedDay) return false;
  const [hours, minutes] = settings.time.split(':').map(Number);
  return now.getHours() * 60 + now.getMinutes() >= (hours ?? 0) * 60 + (minutes ?? 0);
}

export interface ReflectionReminderDeps {
  now: () => Date;
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  /** Shows the notification; false when it could not be shown (then the day is not used up). */
  notify: (text: ReminderText, onClick: () => void) => boolean;
  /** What a click on it does: the main window on its reflection queue. */
  open: () => void;
  store: JsonStateFile<ReminderRecord>;
  log: (message: string) => void;
}

/**
 * The reflection reminder: at most one a local day, at or after the chosen time, when
 * setbacks wait (counted at each check from when they were logged, so the count keeps up
 * while no window is open). Checked every minute and whenever the machine wakes or unlocks (`check`),
 * so a laptop asleep at the chosen time is reminded on waking the same day.
 */
export function createReflectionReminder(deps: ReflectionReminderDeps) {
  let settings: ReminderSettings = { enabled: false, time: '18:00' };
  /** When each unreflected setback of the last two weeks was logged, as last reported. */
  let unreflected: readonly string[] = [];
  let lastRemindedDay: string | null = null;
  let loaded = false;
  let timer: unknown;

  function check(): void {
    // Until the saved day is read, a restart could repeat this morning's reminder.
    if (!loaded) return;
    const now = deps.now();
    // Counted now, not when reported: setbacks come of age to wait (and age out) with no window open.
    const waiting = waitingAt(unreflected, now.getTime());
    if (!reminderDue(now, settings, waiting, lastRemindedDay)) return;
    if (!deps.notify(reminderText(waiting), deps.open)) return;
    lastRemindedDay = localDay(now);
    deps.store.write({ lastRemindedDay }).catch((error: unknown) => {
      deps.log(`Could not remember today's reminder (${errorKindForLog(error)}).`);
    });
  }

  return {
    /** Reads the last reminded day, then checks now and every minute. */
    async start(): Promise<void> {
      lastRemindedDay = (await deps.store.read())?.lastRemindedDay ?? null;
      loaded = true;
      timer ??= deps.setInterval(check, REMINDER_CHECK_MS);
      check();
    },
    configure(next: ReminderSettings): void {
      settings = next;
      check();
    },
    /** When each unreflected setback of the last two weeks was logged (the renderer's latest report). */
    setUnreflected(loggedAt: readonly string[]): void {
      unreflected = loggedAt;
    },
    check,
    stop(): void {
      if (timer !== undefined) deps.clearInterval(timer);
      timer = undefined;
    },
  };
}

export type ReflectionReminder = ReturnType<typeof createReflectionReminder>;
