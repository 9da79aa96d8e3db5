import { css } from 'lit';

/** The board as the office prints it; shared by `@media print` and the `print-preview` attribute. */
const printLayout = css`
  .charter {
    color: #000;
    background: #fff;
  }
  h2,
  h3 {
    color: #000;
    break-after: avoid;
  }
  table {
    font-size: 9pt;
  }
  thead {
    display: table-header-group;
  }
  thead th {
    background: #e8e8e8;
    color: #000;
  }
  th,
  td {
    border-color: #555;
  }
  tbody tr,
  tbody tr:nth-child(even) {
    background: none;
    break-inside: avoid;
  }
  .target {
    outline: none;
  }
  .copy-link {
    display: none;
  }
`;

export const charterServicesStyles = css`
  :host {
    container-type: inline-size;
  }
  .charter {
    background: var(--_background);
  }
  header {
    text-align: center;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  /* A letterhead line may be two (a ministry above its directorate, one department text): each on its own line. */
  header p {
    margin: 0;
    white-space: pre-line;
  }
  .office-name {
    font-weight: 700;
    font-size: 1.15em;
  }
  h2,
  h3 {
    color: var(--_primary);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.35em;
    margin: 0.5em 0;
  }
  h3 {
    font-size: 1.15em;
    margin: 1.25em 0 0.5em;
  }
  .dates {
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.4em 0.5em;
    vertical-align: top;
    text-align: start;
    overflow-wrap: break-word;
  }
  thead th {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  th.serial {
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr:nth-child(even) {
    background: var(--_surface);
  }
  .target,
  tr.target:nth-child(even) {
    scroll-margin-top: 4em;
    background: var(--_mark);
    outline: 3px solid var(--_primary);
    outline-offset: -3px;
  }
  .copy-link {
    display: block;
    margin-top: 0.35em;
    font-weight: 400;
    font-size: 0.8em;
    white-space: nowrap;
    border-color: var(--_border);
  }
  /* A charter of more than a batch of services: a table a batch, their columns alike, not laid out off screen. */
  .batch {
    content-visibility: auto;
    contain-intrinsic-size: auto 80em;
  }
  .batch table {
    table-layout: fixed;
  }
  col.serial {
    width: 4.5em;
  }
  col.name {
    width: 20%;
  }
  /* A narrow container's list of services: a card each, its serial, name, time limit and fee the summary. */
  .service-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .service-list > li {
    padding: 0.4em 0.5em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .brief {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .brief > * + *::before {
    content: ' · ';
  }
  details > div {
    padding-top: 0.25em;
  }

  ul.parts,
  ul.numbered {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.parts li + li {
    margin-top: 0.2em;
  }
  ul.numbered li {
    display: flex;
    gap: 0.5em;
    margin-bottom: 0.25em;
  }
  .marker {
    min-width: 1.5em;
    font-weight: 600;
  }

  .skeleton {
    min-height: 24em;
  }
  /* Said in words after half a second, so that a quick charter shows no flash of text before it. */
  .loading-text {
    margin: 0;
    text-align: center;
    color: var(--_muted);
    animation: appear 0s 0.5s both;
  }
  @keyframes appear {
    from {
      visibility: hidden;
    }
  }
  .skeleton .bar {
    height: 1em;
    margin: 0.75em auto;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton .title {
    width: 50%;
    height: 1.5em;
  }
  .skeleton .short {
    width: 30%;
  }
  .skeleton .row {
    height: 3.5em;
  }

  /* A narrow container (a phone, a sidebar): the element renders a card per service; a table (the grievance table,
     and every table of static HTML) shows a card per row with every field labelled. Screens only, and not in print
     preview: the printed board is always the table. The element reads --_narrow to choose what it renders.
     Written without CSS nesting, which older phone browsers lack. */
  @media screen {
    @container (max-width: 56em) {
      .cards {
        --_narrow: 1;
      }
      .cards table,
      .cards tbody,
      .cards tr,
      .cards th,
      .cards td {
        display: block;
      }
      .cards thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .cards tbody tr,
      /* A card off screen is not laid out until it nears the screen (a charter of 1,000 services), yet is found in
         page, focused and scrolled to as any other. */
      .service-list > li {
        content-visibility: auto;
        contain-intrinsic-size: auto 6em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-bottom: var(--_space);
        background: var(--_background);
      }
      .cards th,
      .cards td,
      details > div {
        border: 0;
        border-top: 1px solid var(--_border);
      }
      .cards tbody tr > :first-child {
        border-top: 0;
      }
      .cards [data-label]::before {
        content: attr(data-label);
        display: block;
        font-weight: 600;
        color: var(--_muted);
        font-size: 0.9em;
      }
    }
  }

  @media print {
    ${printLayout}
  }
  :host([print-preview]) {
    ${printLayout}
  }

  @media (prefers-reduced-motion: no-preference) {
    .target {
      transition: background-color 0.4s;
    }
  }
  @media (forced-colors: active) {
    thead th {
      background: Canvas;
      color: CanvasText;
    }
    .target {
      outline-color: Highlight;
    }
    .skeleton .bar {
      border: 1px solid CanvasText;
    }
  }
`;

let printPageAdopted = false;

/**
 * `@page` rules do nothing inside shadow DOM, so the A4 landscape page size of the printed board is the one rule this
 * library adds to the page itself; it applies only when printing.
 */
export function adoptPrintPageSize(): void {
  if (printPageAdopted || !('adoptedStyleSheets' in Document.prototype)) return;
  printPageAdopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@media print { @page { size: A4 landscape; margin: 12mm; } }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
