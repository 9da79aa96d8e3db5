/**
 * Code loaded on first use. The ES module build puts each such module in a file of its own beside the script, so a
 * page pays only for what it uses; the classic script holds them all.
 */
export interface OnDemand<T> {
  /** The code, once it has loaded. */
  readonly current: T | undefined;
  load(): Promise<T>;
}

export function onDemand<T>(what: string, load: () => Promise<T>): OnDemand<T> {
  let current: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    load() {
      loading ??= load().then(
        (code) => (current = code),
        (error: Error) => {
          console.warn(`charter-widgets: the ${what} did not load (${error.message})`);
          throw error;
        },
      );
      return loading;
    },
  };
}
