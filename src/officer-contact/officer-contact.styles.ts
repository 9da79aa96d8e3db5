import { css } from 'lit';

export const officerContactStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .name {
    font-weight: 600;
    margin: 0;
  }
  .designation,
  .office {
    margin: 0;
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }
  /* An e-mail address is one long word: let it break anywhere rather than widen a table column. */
  a[href^='mailto:'] {
    overflow-wrap: anywhere;
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
  :host([variant='compact']) .card {
    padding: 0;
    border: 0;
    background: none;
  }
  :host([variant='compact']) .name {
    font-weight: 600;
  }
`;
