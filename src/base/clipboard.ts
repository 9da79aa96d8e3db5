/**
 * Copies text for a button press. The Clipboard API needs a secure context, and many portals are still served over
 * plain http, so fall back to a selected textarea and execCommand. Never throws: false means the text was not copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
