// Lets the page answer input and paint between slices of long work (the team view reading
// many files, the board's start): scheduler.yield() where the browser has it (the work then
// resumes ahead of other tasks), otherwise a message through a MessageChannel, a new task
// without setTimeout's delay.
interface YieldingScheduler {
  yield: () => Promise<void>;
}

function hasYield(value: unknown): value is YieldingScheduler {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'yield') === 'function';
}

export function yieldToMain(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (hasYield(scheduler)) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
