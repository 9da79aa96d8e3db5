import { css } from 'lit';

export const officerContactStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  p {
    margin: 0;
  }
  .name,
  .designation:first-child {
    font-weight: 600;
  }
  .designation:not(:first-child),
  .office {
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }
  /* The number or address, then its copy button on the same line however narrow the box: the address wraps. */
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    column-gap: 0.5em;
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
  /* An e-mail address wraps after its @ and dots (<wbr>), and inside a part only when that alone is too long. */
  a[href^='mailto:'] {
    overflow-wrap: break-word;
  }
  /* Bigger than the 24px minimum: these are tapped on phones. */
  button {
    min-width: 2.75em;
    min-height: 2.25em;
    padding: 0 0.75em;
    white-space: nowrap;
  }
  li + li {
    margin-top: 0.25em;
  }
  .save {
    margin-top: 0.75em;
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .announcement {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .announcement:not(:empty) {
    margin-top: 0.5em;
  }
  :host([variant='compact']) .card {
    padding: 0;
    border: 0;
    background: none;
  }
  :host([variant='compact']) ul {
    margin: 0;
  }
  :host([variant='compact']) li + li {
    margin-top: 0;
  }
  @media print {
    .announcement {
      display: none;
    }
  }
`;
