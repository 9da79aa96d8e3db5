import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before a count of results is announced. */
export const ANNOUNCE_AFTER_MS = 600;

/**
 * What an element says in its polite live region (`role="status"`). A screen reader hears a change only once a
 * frame has shown it, so the region is emptied first and the message follows after `delay` ms: the same message
 * twice is heard twice, and while someone types only the last message is said.
 */
export class Announcer implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(message: string, delay = 100): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.text = message;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
