// An item's body: a Markdown textarea that works without JavaScript. With JavaScript,
// web/content-editor.ts lays a rich-text editor over it, starting from the body as the server
// renders it (cleaned) and posting the editor's HTML with `<name>Format=html`; the server cleans
// that and stores it as Markdown (services/item-form.ts), so it stays the only sanitiser.
import { raw } from 'hono/html';
import type { Translate } from '../../../platform/i18n';
import { renderRichText } from '../../../platform/text/rich-text';
import { LongTextField } from '../../../platform/ui/text-controls';
import type { FieldProps } from '../../../platform/ui/field';
import type { MediaImage } from '../db/media.repository';
import type { MediaLibrary } from '../services/media';
import { documentHref } from './media-parts';

/** The tags the editor's schema holds (web/content-editor.ts). */
const EDITABLE_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'blockquote',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'img',
]);

/** A body with other markup (tables, embeds, strike-through…) stays Markdown: the editor would drop it. */
export function fitsRichEditor(html: string): boolean {
  return [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].every(([, tag]) =>
    EDITABLE_TAGS.has(tag!.toLowerCase()),
  );
}

export function RichBodyField(props: FieldProps & { value: string; rows: number }) {
  const { t } = props;
  const html = renderRichText(props.value);
  const fits = fitsRichEditor(html);
  return (
    <div
      class="rich-body"
      data-rich-editor={fits ? 'on' : 'off'}
      data-editor-hint={fits ? t('content.editor.hint') : t('content.editor.markdownOnly')}
    >
      <LongTextField {...props} />
      {fits && <template>{raw(html)}</template>}
    </div>
  );
}

const TOOLBAR = [
  ['heading2', 'content.editor.heading2'],
  ['heading3', 'content.editor.heading3'],
  ['bold', 'content.editor.bold'],
  ['italic', 'content.editor.italic'],
  ['bulletList', 'content.editor.bulletList'],
  ['orderedList', 'content.editor.orderedList'],
  ['blockquote', 'content.editor.quote'],
  ['link', 'content.editor.link'],
  ['image', 'content.editor.image'],
  ['undo', 'content.editor.undo'],
  ['redo', 'content.editor.redo'],
] as const;

/** Buttons that turn a format on and off, so they say whether it is on (aria-pressed). */
const TOGGLES = new Set(['heading2', 'heading3', 'bold', 'italic', 'bulletList', 'orderedList']);

function ImagePanel({ t, images }: { t: Translate; images: MediaImage[] }) {
  return (
    <div class="rich-panel" data-panel="image" hidden>
      <label>
        {t('content.editor.imagePick')}
        <select data-field="src">
          {images.map((m) => (
            <option value={`/files/${m.key}`} data-alt-vi={m.altVi} data-alt-en={m.altEn}>
              {`${m.altVi || m.key.slice(0, 12)} (${m.width}×${m.height})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('content.editor.imageAlt')}
        <input type="text" data-field="alt" maxlength={300} />
      </label>
      <button type="button" data-command="imageInsert">
        {t('content.editor.imageInsert')}
      </button>
    </div>
  );
}

/** The link panel: an address typed, or a document of the library chosen (its address filled in). */
function LinkPanel({ t, documents }: { t: Translate; documents: MediaLibrary['documents'] }) {
  return (
    <div class="rich-panel" data-panel="link" hidden>
      {documents.length > 0 && (
        <label>
          {t('content.editor.linkDocument')}
          <select data-field="document">
            <option value="">{t('content.editor.linkDocument.none')}</option>
            {documents.map((d) => (
              <option value={documentHref(d)} data-text={d.altVi || d.fileName}>
                {`${d.altVi || d.fileName} (${t(`content.media.kind.${d.kind}`)})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('content.editor.linkUrl')}
        {/* Text, not url: a library document's address is relative, which the browser's own
            check of a url field would refuse, silently blocking the whole form's submission. */}
        <input type="text" data-field="href" inputmode="url" maxlength={2000} />
      </label>
      <button type="button" data-command="linkApply">
        {t('content.editor.linkApply')}
      </button>
      <button type="button" class="secondary" data-command="linkRemove">
        {t('content.editor.linkRemove')}
      </button>
    </div>
  );
}

/**
 * What the editor is built from, once per page: its toolbar and panels with the page's language
 * (a template: without JavaScript nothing of it shows), its stylesheet and its script.
 */
export function RichEditorParts({ t, library }: { t: Translate; library: MediaLibrary }) {
  const buttons = TOOLBAR.filter(([command]) => command !== 'image' || library.images.length > 0);
  return (
    <>
      <template id="rich-editor-parts">
        <div role="toolbar" aria-label={t('content.editor.toolbar')} class="rich-toolbar">
          {buttons.map(([command, label]) => (
            <button
              type="button"
              class={`secondary rich-${command}`}
              data-command={command}
              aria-pressed={TOGGLES.has(command) ? 'false' : undefined}
              aria-expanded={command === 'link' || command === 'image' ? 'false' : undefined}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <LinkPanel t={t} documents={library.documents} />
        {library.images.length > 0 && <ImagePanel t={t} images={library.images} />}
      </template>
      <link rel="stylesheet" href="/assets/content-editor.css" />
      <script src="/assets/build/content-editor.js" defer />
    </>
  );
}
