import { css, unsafeCSS } from 'lit';

/**
 * The theme's colours: each a `--charter-color-*` custom property with a light default and a dark one. The dark ones
 * apply only where the page (or the element) declares `color-scheme: light dark` and the reader prefers dark: a light
 * portal keeps a light widget. Browsers without light-dark() get the light colours.
 */
const PALETTE: Record<string, [light: string, dark: string]> = {
  text: ['#1b1f1d', '#e4ebe7'],
  background: ['#ffffff', '#151a18'],
  surface: ['#f2f6f4', '#1f2623'],
  muted: ['#4a5550', '#a9b5af'],
  primary: ['#006a4e', '#5fcfa6'],
  'on-primary': ['#ffffff', '#0b1a14'],
  accent: ['#b3001b', '#ff8a94'],
  border: ['#c9d3ce', '#3b4742'],
  mark: ['#fff4c2', '#4a4010'],
  // At least 3:1 against the background, surface and mark colours, and unlike the accent, which says "error".
  focus: ['#0b57d0', '#8ab4f8'],
};

const colours = (pick: (pair: [string, string]) => string) =>
  unsafeCSS(
    Object.entries(PALETTE)
      .map(([name, pair]) => `--_${name}: var(--charter-color-${name}, ${pick(pair)});`)
      .join('\n'),
  );

/** Defaults of the `--charter-*` theme, shared by every element; a page overrides them on the elements or above. */
export const baseStyles = css`
  :host {
    ${colours(([light]) => light)}
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
    --_space: var(--charter-space, 0.75em);
    --_radius: var(--charter-radius, 6px);
    display: block;
  }
  /* The text properties on the host and again on the top elements of its shadow tree, whose own values win over what
     they would inherit: a page rule on the host element, even !important, does not reach the widgets' text (a serif
     font, or a line height of 1 that crowds Bangla's vowel signs). The custom properties are the way to theme. */
  :host,
  :host > * {
    font: normal normal var(--charter-font-size, 16px) / 1.6 var(--_font);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    overflow-wrap: break-word;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${colours(([light, dark]) => `light-dark(${light}, ${dark})`)}
    }
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    min-height: 24px;
    min-width: 24px;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    cursor: pointer;
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
  /* Hidden but read; a skip link with this class shows when it has focus. */
  .visually-hidden:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
