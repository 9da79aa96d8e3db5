/**
 * Copies text for a button press. The Clipboard API needs a secure context, and many portals are still served over
 * plain http, so fall back to a selected, off-screen textarea and execCommand, then give the focus back to where it
 * was. Never throws: false means the text was not copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = deepActiveElement();
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '-100px';
    document.body.append(area);
    area.focus({ preventScroll: true });
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      focused?.focus({ preventScroll: true });
    }
  }
}

/** The focused element, looking inside shadow roots (a button in a custom element). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
