import type { Charter, CharterError } from '../model/charter.js';

/** `charter-load`: the charter loaded and validated. */
export interface CharterLoadDetail {
  charter: Charter;
}

/** `charter-error`: the charter could not be had, and why. */
export interface CharterErrorDetail {
  error: CharterError;
}

/** `charter-service-select`: the reader chose a service. */
export interface ServiceSelectDetail {
  serviceId: string;
}

/** The elements' events by name. All bubble and cross shadow roots (composed): a page hears them on `document`. */
export interface CharterEventMap {
  'charter-load': CustomEvent<CharterLoadDetail>;
  'charter-error': CustomEvent<CharterErrorDetail>;
  'charter-service-select': CustomEvent<ServiceSelectDetail>;
  /** @deprecated The old name of `charter-service-select`, fired with it until version 0.2. */
  'service-select': CustomEvent<ServiceSelectDetail>;
}

declare global {
  // A page's `addEventListener('charter-load', (e) => e.detail.charter)` type-checks.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface merge, the DOM's own pattern
  interface HTMLElementEventMap extends CharterEventMap {}
}
