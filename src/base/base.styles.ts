import { css } from 'lit';

/** Defaults of the `--charter-*` theme, shared by every element; a page overrides them on the elements or above. */
export const baseStyles = css`
  :host {
    --_font: var(
      --charter-font-family,
      'Noto Sans Bengali',
      'Hind Siliguri',
      'SolaimanLipi',
      'Nirmala UI',
      'Vrinda',
      system-ui,
      sans-serif
    );
    --_text: var(--charter-color-text, #1b1f1d);
    --_background: var(--charter-color-background, #ffffff);
    --_muted: var(--charter-color-muted, #4a5550);
    --_primary: var(--charter-color-primary, #006a4e);
    --_on-primary: var(--charter-color-on-primary, #ffffff);
    --_accent: var(--charter-color-accent, #b3001b);
    --_border: var(--charter-color-border, #c9d3ce);
    --_surface: var(--charter-color-surface, #f2f6f4);
    --_space: var(--charter-space, 0.75rem);
    --_radius: var(--charter-radius, 6px);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .status {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status.error {
    border-color: var(--_accent);
  }
  .status p {
    margin: 0 0 0.25em;
  }
  code {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
