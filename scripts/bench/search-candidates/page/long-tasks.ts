// Main-thread long tasks (> 50 ms), from the Long Tasks API: the figure that tells whether a
// candidate would freeze the UI if it ran on the main thread instead of in a Web Worker.

const tasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Lets a queued long-task entry reach the observer (entries are delivered after the task). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 60));
}

/** Longest task that started at or after `since` (0 when none exceeded 50 ms). */
export function longestTaskSince(since: number): number {
  return tasks.filter((task) => task.start >= since - 1).reduce((max, task) => Math.max(max, task.duration), 0);
}

/** Yields to the event loop without timer clamping, so each query runs in its own task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
