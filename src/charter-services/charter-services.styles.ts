import { css } from 'lit';

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
  header p {
    margin: 0;
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
  tbody th {
    font-weight: 600;
  }
  tbody tr:nth-child(even) {
    background: var(--_surface);
  }
  thead th:first-child {
    white-space: nowrap;
  }
  .cell-officer {
    min-width: 11em;
  }
  .cell-officer officer-contact + officer-contact {
    margin-top: 0.5em;
  }
  ol.expectations {
    padding-inline-start: 1.5em;
  }

  /* A narrow container (a phone, a sidebar): each service becomes a card with every field labelled. */
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-bottom: var(--_space);
      background: var(--_background);
    }
    tbody tr:nth-child(even) {
      background: var(--_background);
    }
    th,
    td {
      border: 0;
      border-top: 1px solid var(--_border);
    }
    tbody tr > :first-child {
      border-top: 0;
    }
    td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
      color: var(--_muted);
      font-size: 0.9em;
    }
  }
`;
