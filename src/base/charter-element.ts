import { localized, msg } from '@lit/localize';
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getLocale } from '../i18n/locale.js';
import { CharterController, type CharterState } from '../load/charter-controller.js';
import type { Locale } from '../model/text.js';
import { renderCharterError } from './charter-messages.js';

/**
 * What the three elements share: the charter's three ways in (`src`, inline JSON, the `charter` property), the
 * loading and error states, and the UI locale.
 */
@localized()
export class CharterElement extends LitElement {
  /** URL of the charter JSON. Elements with the same `src` on one page share one fetch. */
  @property({ reflect: true }) src?: string;

  /** The charter JSON as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) charter?: unknown;

  protected readonly source = new CharterController(this);

  protected get locale(): Locale {
    return getLocale();
  }

  protected get charterState(): CharterState {
    return this.source.state;
  }

  /** The loading, error or missing-charter state; the element renders `ready` itself. */
  protected renderCharterState(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'loading')
      return html`<div part="status" class="status loading" role="status" aria-busy="true">
        ${msg('চার্টার লোড হচ্ছে…', { id: 'loading' })}
      </div>`;
    const error = state.status === 'error' ? state.error : { kind: 'missing' as const };
    return html`<div part="status" class="status error" role="alert">${renderCharterError(error, this.locale)}</div>`;
  }
}
