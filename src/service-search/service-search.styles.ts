import { css } from 'lit';

export const serviceSearchStyles = css`
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  ul {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  li {
    padding: 0.5em 0.75em;
    cursor: pointer;
    border-top: 1px solid var(--_border);
  }
  li:first-child {
    border-top: 0;
  }
  li[aria-selected='true'] {
    background: var(--_surface);
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  .name {
    font-weight: 600;
  }
  .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  .empty {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  /* A search box means nothing on paper. */
  @media print {
    :host {
      display: none;
    }
  }
`;
