import type { ReactiveControllerHost } from 'lit';
import type { Charter } from '../model/charter.js';
import { type ServiceIndex, serviceIndexOf } from '../search/service-index.js';

/**
 * The charter's search index once it is complete. Until then undefined, and the host updates when it is: a large
 * charter's index is built in slices after the charter loads.
 */
export function completeIndex(host: ReactiveControllerHost, charter: Charter): ServiceIndex | undefined {
  const index = serviceIndexOf(charter);
  if (index.complete) return index;
  void index.ready.then(() => host.requestUpdate());
  return undefined;
}
