import { localized, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { renderCharterError } from '../base/charter-messages.js';
import { copyText } from '../base/clipboard.js';
import { getLocale } from '../i18n/locale.js';
import { isHtml, isPdf, isZip } from '../import/formats.js';
import { type ImportFailure, importCharter } from '../import/import-charter.js';
import { type CharterData, type CharterError, charterFromText } from '../model/charter.js';
import type { Locale } from '../model/text.js';
import { textValues } from '../model/text.js';
import { type ValidationIssue, validateCharter } from '../model/validate.js';
import { assets } from './assets.js';
import { count } from './count.js';
import { type DataPath, linesOf, phonesOf, withText, withValueAt } from './edit.js';
import { type EditorHost, renderEditor, renderIssues } from './editor-view.js';
import { renderImportFailure } from './import-failure.js';
import { msg } from './msg.js';
import { browserSnippet, download, FILES, previewDocument, showInPreview, uploadZip } from './outputs.js';
import { renderReport } from './report-view.js';
import { loadWork, saveLanguage, saveWork, type Work } from './store.js';

/** How long typing may pause before the preview, the snippet and the saved work catch up. */
const SETTLE_MS = 300;

const ACCEPT = '.docx,.pdf,.html,.htm,.xlsx,.csv,.txt,.json';

/**
 * The publishing page (dist/publish.html): from the office's own file to the charter on its portal, in one page that
 * needs no Node and sends nothing anywhere. 1 bring the charter, 2 see what the importer understood, 3 fix it in
 * place, 4 preview the three elements, 5 take away the CMS snippet, the files to upload, or the JSON.
 * Renders into the page itself (no shadow root): it is the whole page, styled by the page's stylesheet.
 *
 * @tagname charter-publish
 */
@localized()
export class CharterPublish extends LitElement implements EditorHost {
  @state() data!: CharterData;
  @state() issues: ValidationIssue[] = [];
  @state() openServices = new Set<string>();
  @state() private work?: Work;
  @state() private failure?: { failure: ImportFailure; bytes: Uint8Array; name: string };
  /** Why a charter JSON brought in cannot be edited here. */
  @state() private jsonError?: CharterError;
  @state() private busy = false;
  @state() private saved = true;
  @state() private preview = {
    width: 'phone' as 'phone' | 'desktop',
    locale: 'bn' as Locale,
    print: false,
    officer: '',
  };
  @state() private output = { script: FILES.script, locale: 'bn' as Locale, search: true };
  @state() private snippet = '';
  @state() private copied = '';
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The preview's page, written when a charter comes in; edits then go to its elements. */
  private previewHtml = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadWork();
    if (saved) this.start(saved);
    window.addEventListener('pagehide', this.save);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.save);
  }

  protected override render(): TemplateResult {
    return html`
      <header class="page-header">
        <h1>${msg('সিটিজেন চার্টার প্রকাশ করুন', { id: 'publish-title' })}</h1>
        <div class="languages" role="group" aria-label=${msg('পাতার ভাষা', { id: 'publish-page-language' })}>
          ${(['bn', 'en'] as const).map(
            (
              lang,
            ) => html`<button type="button" lang=${lang} aria-pressed=${document.documentElement.lang === lang ? 'true' : 'false'}
              @click=${() => this.setPageLanguage(lang)}>${lang === 'bn' ? 'বাংলা' : 'English'}</button>`,
          )}
        </div>
        <p class="privacy">
          ${msg(
            'আপনার ফাইল এই কম্পিউটারেই থাকে: পাতাটি কোথাও কিছু পাঠায় না, ইন্টারনেট ছাড়াও চলে। কাজ এই ব্রাউজারে রাখা থাকে, পাতা আবার খুললেও পাবেন।',
            {
              id: 'publish-privacy',
            },
          )}
        </p>
      </header>
      <main>
        ${this.renderBring()}
        ${this.work ? this.renderWork(this.work) : nothing}
      </main>
    `;
  }

  private renderBring(): TemplateResult {
    return html`<section aria-labelledby="step-bring" class="step" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}>
      <h2 id="step-bring">${msg('১. চার্টার আনুন', { id: 'publish-step-bring' })}</h2>
      <div class="drop">
        <label for="file">${msg('অফিসের চার্টারের ফাইল বেছে নিন, বা এখানে টেনে এনে ছাড়ুন', { id: 'publish-choose-file' })}</label>
        <p class="hint" id="file-hint">
          ${msg('Word (.docx), PDF, ওয়েব পাতা (.html), Excel (.xlsx বা .csv), লেখা (.txt), বা আগে রাখা চার্টার (.json)', { id: 'publish-file-kinds' })}
        </p>
        <input id="file" type="file" accept=${ACCEPT} aria-describedby="file-hint" @change=${this.onFile} />
      </div>
      <label for="paste">${msg('অথবা Word, PDF বা পোর্টালের পাতা থেকে কপি করা চার্টার এখানে পেস্ট করুন', { id: 'publish-paste' })}</label>
      <textarea id="paste" rows="4"></textarea>
      <button type="button" @click=${this.onPaste}>${msg('পেস্ট করা লেখা পড়ুন', { id: 'publish-read-pasted' })}</button>
      <p role="status" class="status">${this.busy ? msg('পড়া হচ্ছে…', { id: 'publish-reading' }) : nothing}</p>
      ${this.failure ? this.renderFailure(this.failure) : nothing}
      ${
        this.jsonError
          ? html`<div role="alert" class="failure">
            <p>${msg('চার্টার JSON-টি খোলা গেল না:', { id: 'publish-json-failed' })}</p>
            ${renderCharterError(this.jsonError, getLocale())}
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderFailure({ failure, bytes, name }: NonNullable<CharterPublish['failure']>): TemplateResult {
    return html`<div role="alert" class="failure">
      <p>${msg(str`${name} থেকে চার্টার পড়া গেল না:`, { id: 'publish-import-failed' })}</p>
      <p>${renderImportFailure(failure)}</p>
      ${
        failure.kind === 'legacy-encoding'
          ? html`<button type="button" @click=${() => this.bring(bytes, name, true)}>
            ${msg('পুরনো বিজয় লেখা ইউনিকোডে বদলে পড়ুন', { id: 'publish-from-bijoy' })}
          </button>`
          : nothing
      }
    </div>`;
  }

  private renderWork(work: Work): TemplateResult {
    const valid = !this.issues.length;
    return html`
      <section aria-labelledby="step-report" class="step">
        <h2 id="step-report">${msg('২. যা বোঝা গেল', { id: 'publish-step-report' })}</h2>
        ${renderReport({ ...work, data: this.data }, this.reveal)}
      </section>
      <section aria-labelledby="step-edit" class="step">
        <h2 id="step-edit">${msg('৩. ঠিক করুন', { id: 'publish-step-edit' })}</h2>
        <p role="status" class=${valid ? 'status valid' : 'status invalid'}>
          ${
            valid
              ? msg('চার্টারটি ঠিক আছে।', { id: 'publish-valid' })
              : msg(str`${count(this.issues.length)}টি সমস্যা: চিহ্নিত ঘরগুলো দেখুন।`, { id: 'publish-invalid' })
          }
          ${this.saved ? nothing : msg('এই ব্রাউজার কাজটি রাখতে পারছে না: চার্টার JSON নামিয়ে রাখুন।', { id: 'publish-not-saved' })}
        </p>
        ${renderIssues(
          this.issues.filter((issue) => !issue.path.startsWith('serviceGroups[')),
          'charter-issues',
        )}
        ${renderEditor(this)}
      </section>
      <section aria-labelledby="step-preview" class="step">
        <h2 id="step-preview">${msg('৪. দেখে নিন', { id: 'publish-step-preview' })}</h2>
        ${this.renderPreviewControls()}
        <div class="frame-box ${this.preview.width}">
          <iframe
            title=${msg('চার্টারের নমুনা', { id: 'publish-preview-title' })}
            srcdoc=${this.previewHtml}
            @load=${this.updatePreview}
          ></iframe>
        </div>
      </section>
      <section aria-labelledby="step-output" class="step">
        <h2 id="step-output">${msg('৫. নিয়ে যান', { id: 'publish-step-output' })}</h2>
        ${valid ? nothing : html`<p class="status invalid">${msg('আগে ধাপ ৩-এর সমস্যাগুলো ঠিক করুন: তার আগে চার্টার দেখানো যাবে না।', { id: 'publish-fix-first' })}</p>`}
        ${this.renderOutputs(valid)}
      </section>
    `;
  }

  private renderPreviewControls(): TemplateResult {
    const radio = <K extends 'width' | 'locale'>(key: K, value: CharterPublish['preview'][K], label: string) =>
      html`<label><input type="radio" name="preview-${key}" .checked=${this.preview[key] === value}
        @change=${() => this.setPreview({ [key]: value })} /> ${label}</label>`;
    return html`<div class="controls">
      <fieldset>
        <legend>${msg('চওড়া', { id: 'publish-preview-width' })}</legend>
        ${radio('width', 'phone', msg('ফোন (৩৬০ পিক্সেল)', { id: 'publish-preview-phone' }))}
        ${radio('width', 'desktop', msg('কম্পিউটার (১২৮০ পিক্সেল)', { id: 'publish-preview-desktop' }))}
      </fieldset>
      <fieldset>
        <legend>${msg('ভাষা', { id: 'publish-preview-language' })}</legend>
        ${radio('locale', 'bn', 'বাংলা')} ${radio('locale', 'en', 'English')}
      </fieldset>
      <label><input type="checkbox" .checked=${this.preview.print} @change=${(e: Event) => this.setPreview({ print: (e.target as HTMLInputElement).checked })} />
        ${msg('ছাপার মতো', { id: 'publish-preview-print' })}</label>
      <label>${msg('কর্মকর্তার কার্ড', { id: 'publish-preview-officer' })}
        <select @change=${(e: Event) => this.setPreview({ officer: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!this.preview.officer}>${msg('কোনোটি নয়', { id: 'publish-preview-no-officer' })}</option>
          ${(this.data.officers ?? []).map(
            (officer) => html`<option value=${officer.id} ?selected=${this.preview.officer === officer.id}>
              ${textValues(officer.name)[0] ?? officer.id} (${officer.id})</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  private renderOutputs(valid: boolean): TemplateResult {
    return html`
      <h3>${msg('CMS-এ পেস্ট করুন', { id: 'publish-cms' })}</h3>
      <p>${msg(
        'চার্টার HTML হিসেবে (জাভাস্ক্রিপ্ট ছাড়াও পড়া ও ছাপা যায়), সঙ্গে চার্টার JSON একবার, আর খোঁজার বাক্স। সাইটে charter-widgets.js ও charter-widgets.css রাখুন (নিচের zip-এ আছে) আর তার ঠিকানা দিন।',
        {
          id: 'publish-cms-explain',
        },
      )}</p>
      <div class="controls">
        <label for="script-url">${msg('সাইটে charter-widgets.js-এর ঠিকানা', { id: 'publish-script-url' })}</label>
        <input id="script-url" type="text" .value=${this.output.script}
          @input=${(e: Event) => this.setOutput({ script: (e.target as HTMLInputElement).value.trim() || FILES.script })} />
        <label>${msg('পাতার ভাষা', { id: 'publish-page-language' })}
          <select @change=${(e: Event) => this.setOutput({ locale: (e.target as HTMLSelectElement).value as Locale })}>
            <option value="bn" ?selected=${this.output.locale === 'bn'}>বাংলা</option>
            <option value="en" ?selected=${this.output.locale === 'en'}>English</option>
          </select></label>
        <label><input type="checkbox" .checked=${this.output.search} @change=${(e: Event) => this.setOutput({ search: (e.target as HTMLInputElement).checked })} />
          ${msg('খোঁজার বাক্স', { id: 'publish-search-box' })}</label>
      </div>
      <label for="snippet">${msg('পেস্ট করার HTML', { id: 'publish-snippet' })}</label>
      <textarea id="snippet" readonly rows="6" .value=${this.snippet}></textarea>
      <button type="button" ?disabled=${!valid || !this.snippet} @click=${this.copySnippet}>${msg('কপি করুন', { id: 'publish-copy' })}</button>
      <span role="status">${this.copied}</span>

      <h3>${msg('ফাইল আপলোড করুন', { id: 'publish-upload' })}</h3>
      <p>${msg(
        'একটি zip: charter.json, charter-widgets.js (সব কিছু এক ফাইলে), charter-widgets.css, খোঁজার শব্দতালিকা আর চার্টারসহ একটি পাতা (charter.html)। সব এক ফোল্ডারে সাইটে তুলুন।',
        {
          id: 'publish-upload-explain',
        },
      )}</p>
      <button type="button" ?disabled=${!valid} @click=${this.downloadZip}>${msg('zip নামান', { id: 'publish-download-zip' })}</button>

      <h3>${msg('শুধু চার্টার JSON', { id: 'publish-json' })}</h3>
      <p>${msg('পরে আবার এই পাতায় খুলে বদলাতে পারবেন (ধাপ ১)।', { id: 'publish-json-explain' })}</p>
      <button type="button" @click=${this.downloadJson}>${msg('charter.json নামান', { id: 'publish-download-json' })}</button>
      <button type="button" class="secondary" @click=${this.startOver}>${msg('নতুন চার্টার শুরু করুন', { id: 'publish-start-over' })}</button>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    document.title = msg('সিটিজেন চার্টার প্রকাশ করুন', { id: 'publish-title' });
    if (changed.has('data')) this.settleLater();
  }

  // Step 1: bring the charter.

  private onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.bring(new Uint8Array(await file.arrayBuffer()), file.name);
    input.value = '';
  };

  private onDrop = async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) await this.bring(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  private onPaste = async () => {
    const text = this.querySelector<HTMLTextAreaElement>('#paste')!.value;
    if (text.trim())
      await this.bring(new TextEncoder().encode(text), msg('পেস্ট করা লেখা', { id: 'publish-pasted-text' }));
  };

  /** Imports a file (or pasted text), or opens a charter JSON saved before. */
  async bring(bytes: Uint8Array, name: string, fromBijoy = false): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    this.jsonError = undefined;
    try {
      if (/\.json$/i.test(name)) return this.openJson(new TextDecoder().decode(bytes), name);
      const outcome = await importCharter(bytes, { fileName: name, fromBijoy });
      if (!outcome.ok) {
        this.failure = { failure: outcome.failure, bytes, name };
        return;
      }
      // A text's lines are what the report's line numbers count; a document's places are named instead.
      const text = isPdf(bytes) || isZip(bytes) ? undefined : new TextDecoder().decode(bytes);
      const sourceLines = text === undefined || isHtml(text) ? undefined : text.split(/\r\n|\n|\r/);
      this.start({
        name,
        data: outcome.charter,
        report: { ...outcome.report, uncertain: outcome.uncertain },
        sourceLines,
      });
    } finally {
      this.busy = false;
    }
  }

  /**
   * A charter JSON saved before. One the editor can show (an office, groups of services) opens even when invalid:
   * step 3 shows its problems by their fields. Otherwise the widgets' own message says what is wrong, and where.
   */
  private openJson(text: string, name: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // charterFromText says where.
    }
    const data = json as CharterData | undefined;
    const editable =
      typeof data?.office === 'object' &&
      Array.isArray(data.serviceGroups) &&
      data.serviceGroups.every((group) => Array.isArray(group?.services));
    if (editable) return this.start({ name, data });
    const result = charterFromText(text, name);
    if (!result.ok) this.jsonError = result.error;
  }

  private start(work: Work): void {
    this.work = work;
    this.data = work.data;
    this.previewHtml = previewDocument(assets, work.data);
    this.issues = issuesOf(work.data);
    this.openServices = new Set();
    // An officer of the charter before may not be in this one.
    this.preview = { ...this.preview, officer: '' };
  }

  private startOver = () => {
    this.work = undefined;
    this.failure = undefined;
    this.jsonError = undefined;
    this.snippet = '';
    saveWork(undefined);
  };

  // Steps 2 and 3: the report's links, and the edits.

  /** Opens what a link of the report points to and moves the focus there. */
  private reveal = async (e: Event, targetId: string) => {
    e.preventDefault();
    if (targetId.startsWith('edit-'))
      this.openServices = new Set([...this.openServices, targetId.slice('edit-'.length)]);
    await this.updateComplete;
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(targetId)}`);
    if (!target) return;
    for (let el: HTMLElement | null = target; el; el = el.parentElement)
      if (el instanceof HTMLDetailsElement) el.open = true;
    const focusable = target instanceof HTMLDetailsElement ? target.querySelector('summary')! : target;
    focusable.scrollIntoView({ block: 'center' });
    focusable.focus();
  };

  setText(path: DataPath, lang: Locale | undefined, value: string, required: boolean): void {
    this.change(
      lang
        ? withText(this.data, path, lang, value, required)
        : withValueAt(this.data, path, value || (required ? '' : undefined)),
    );
  }

  setLines(path: DataPath, value: string, kind: 'lines' | 'phones'): void {
    const items = kind === 'phones' ? phonesOf(value) : linesOf(value);
    this.change(withValueAt(this.data, path, items.length ? items : undefined));
  }

  toggleService(id: string, open: boolean): void {
    if (open === this.openServices.has(id)) return;
    const next = new Set(this.openServices);
    if (open) next.add(id);
    else next.delete(id);
    this.openServices = next;
  }

  /** Every edit: validated at once (the messages show as one types), previewed and saved when typing pauses. */
  private change(data: CharterData): void {
    this.data = data;
    this.issues = issuesOf(data);
  }

  private settleLater(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.saveSoon(), SETTLE_MS);
  }

  /** Saves the work, and brings the preview and the snippet up to date. */
  private saveSoon(): void {
    if (!this.work) return;
    this.save();
    this.updatePreview();
    void this.updateSnippet();
  }

  /** Keeps the work in this browser: when typing pauses, and when the page goes (a reload) before it has. */
  private save = () => {
    if (!this.work) return;
    this.work = { ...this.work, data: this.data };
    this.saved = saveWork(this.work);
  };

  // Step 4: the preview.

  private setPreview(change: Partial<CharterPublish['preview']>): void {
    this.preview = { ...this.preview, ...change };
    this.updatePreview();
  }

  private updatePreview = () => {
    const frame = this.querySelector('iframe');
    const doc = frame?.contentDocument;
    // Until the preview's page has loaded (its load event calls again), its elements are not all there.
    if (!frame || doc?.readyState !== 'complete' || !doc.querySelector('charter-services')) return;
    doc.documentElement.lang = this.preview.locale;
    doc.querySelector('charter-services')!.toggleAttribute('print-preview', this.preview.print);
    showInPreview(frame, this.data, this.preview.officer || undefined);
  };

  // Step 5: the outputs.

  private setOutput(change: Partial<CharterPublish['output']>): void {
    this.output = { ...this.output, ...change };
    void this.updateSnippet();
  }

  private async updateSnippet(): Promise<void> {
    const { locale, script, search } = this.output;
    const result = await browserSnippet(this.json(), { locale, script, search });
    this.snippet = result.ok ? result.html : '';
  }

  private copySnippet = async () => {
    this.copied = (await copyText(this.snippet))
      ? msg('কপি হয়েছে: এখন CMS-এর HTML ঘরে পেস্ট করুন।', { id: 'publish-copied' })
      : msg('কপি করা গেল না: ঘরটির লেখা বেছে নিয়ে নিজে কপি করুন।', { id: 'publish-copy-failed' });
  };

  private downloadZip = async () => {
    const zip = await uploadZip(this.json(), assets, this.output.locale);
    if (zip) download('charter-widgets.zip', zip, 'application/zip');
  };

  private downloadJson = () => download(FILES.json, this.json(), 'application/json');

  private json(): string {
    return `${JSON.stringify(this.data, null, 2)}\n`;
  }

  private setPageLanguage(lang: Locale): void {
    document.documentElement.lang = lang;
    saveLanguage(lang);
    this.requestUpdate();
  }
}

function issuesOf(data: CharterData): ValidationIssue[] {
  const validation = validateCharter(data);
  return validation.valid ? [] : validation.issues;
}
