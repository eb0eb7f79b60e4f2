// Progressive enhancement of an item's body (ui/rich-body-field.tsx): a TipTap editor over the
// Markdown textarea, which stays in the form, hidden, and carries the editor's HTML once the text
// is changed (with `<name>Format=html`); untouched, it posts the Markdown it was loaded with. The
// server cleans whatever arrives. Toolbar, panels and words come from the page
// (#rich-editor-parts), so the editor speaks the page's language. Bundled by
// scripts/build-client.mjs into public/build/content-editor.js.
import { Editor } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

type Command =
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'link'
  | 'image'
  | 'undo'
  | 'redo'
  | 'linkApply'
  | 'linkRemove'
  | 'imageInsert';

const HTTP_URL = /^(https?:\/\/|mailto:|tel:|\/)/i;

function createEditor(surface: HTMLElement, textarea: HTMLTextAreaElement, html: string) {
  const format = document.createElement('input');
  format.type = 'hidden';
  format.name = `${textarea.name}Format`;
  textarea.after(format);
  const label = document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`);
  if (label && !label.id) label.id = `${textarea.id}-label`;
  const attributes: Record<string, string> = {
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'rich-surface',
  };
  if (label) attributes['aria-labelledby'] = label.id;
  for (const name of ['aria-describedby', 'aria-invalid']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  const editor = new Editor({
    element: surface,
    // The site's CSP allows no inline <style>: the editor's rules are in content-editor.css.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        // Kept out: the Markdown bodies are stored in has no underline, and strike-through is not kept.
        strike: false,
        underline: false,
        link: { openOnClick: false, HTMLAttributes: { target: null, rel: null } },
      }),
      Image,
    ],
    content: html,
    editorProps: { attributes },
    onUpdate: () => {
      textarea.value = editor.getHTML();
      format.value = 'html';
    },
  });
  label?.addEventListener('click', () => editor.commands.focus());
  return editor;
}

/** Toolbar buttons move with the arrow keys; Tab enters and leaves the toolbar once. */
function rovingFocus(toolbar: HTMLElement) {
  const buttons = Array.from(toolbar.querySelectorAll<HTMLButtonElement>('button'));
  buttons.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  toolbar.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const next = moves[event.key];
    if (at < 0 || next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length]!;
    buttons.forEach((b) => (b.tabIndex = b === target ? 0 : -1));
    target.focus();
  });
}

function enhance(wrapper: HTMLElement, parts: DocumentFragment) {
  const textarea = wrapper.querySelector('textarea');
  const source = wrapper.querySelector('template');
  if (!textarea) return;
  const hint = document.getElementById(`${textarea.id}-hint`);
  const isRich = wrapper.dataset.richEditor === 'on' && source !== null;
  // The editor's hint replaces the Markdown one; why there is no editor is said after it.
  if (hint && wrapper.dataset.editorHint)
    hint.textContent = isRich
      ? wrapper.dataset.editorHint
      : `${hint.textContent} ${wrapper.dataset.editorHint}`;
  if (!isRich) return;
  const host = document.createElement('div');
  host.className = 'rich-editor';
  host.append(parts.cloneNode(true));
  const surface = document.createElement('div');
  host.append(surface);
  textarea.before(host);
  textarea.hidden = true;
  const editor = createEditor(surface, textarea, source.innerHTML);
  const english = textarea.name.endsWith('En');
  wireToolbar(host, editor, english);
}

function wireToolbar(host: HTMLElement, editor: Editor, english: boolean) {
  const toolbar = host.querySelector<HTMLElement>('[role="toolbar"]')!;
  const panel = (name: string) => host.querySelector<HTMLElement>(`[data-panel="${name}"]`);
  const field = <T extends HTMLElement>(name: string) =>
    host.querySelector<T>(`[data-field="${name}"]`);
  const button = (command: Command) =>
    host.querySelector<HTMLButtonElement>(`[data-command="${command}"]`);
  const focus = () => editor.chain().focus();

  const openPanel = (name: 'link' | 'image', open: boolean) => {
    const shown = panel(name);
    if (!shown) return;
    shown.hidden = !open;
    button(name)?.setAttribute('aria-expanded', String(open));
    if (open) shown.querySelector<HTMLElement>('input, select')?.focus();
  };

  const altFromLibrary = () => {
    const select = field<HTMLSelectElement>('src');
    const alt = field<HTMLInputElement>('alt');
    const option = select?.selectedOptions[0];
    if (alt && option) alt.value = (english && option.dataset.altEn) || option.dataset.altVi || '';
  };

  /** A document chosen from the library fills in its address; its description becomes the text. */
  const documentChosen = () => {
    const option = field<HTMLSelectElement>('document')?.selectedOptions[0];
    if (option?.value) field<HTMLInputElement>('href')!.value = option.value;
  };
  const linkText = (href: string) => {
    const option = field<HTMLSelectElement>('document')?.selectedOptions[0];
    return option?.value === href && option.dataset.text ? option.dataset.text : href;
  };

  const applyLink = () => {
    const input = field<HTMLInputElement>('href')!;
    const href = input.value.trim();
    if (!href) {
      focus().extendMarkRange('link').unsetLink().run();
    } else if (!HTTP_URL.test(href)) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      focus()
        .insertContent({
          type: 'text',
          text: linkText(href),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .run();
    } else {
      focus().extendMarkRange('link').setLink({ href }).run();
    }
    input.removeAttribute('aria-invalid');
    openPanel('link', false);
  };

  const insertImage = () => {
    const src = field<HTMLSelectElement>('src')?.value;
    const alt = field<HTMLInputElement>('alt')!;
    if (!alt.value.trim()) {
      alt.setAttribute('aria-invalid', 'true');
      alt.focus();
      return;
    }
    alt.removeAttribute('aria-invalid');
    if (src) focus().setImage({ src, alt: alt.value.trim() }).run();
    openPanel('image', false);
  };

  const commands: Record<Command, () => unknown> = {
    heading2: () => focus().toggleHeading({ level: 2 }).run(),
    heading3: () => focus().toggleHeading({ level: 3 }).run(),
    bold: () => focus().toggleBold().run(),
    italic: () => focus().toggleItalic().run(),
    bulletList: () => focus().toggleBulletList().run(),
    orderedList: () => focus().toggleOrderedList().run(),
    blockquote: () => focus().toggleBlockquote().run(),
    undo: () => focus().undo().run(),
    redo: () => focus().redo().run(),
    link: () => {
      field<HTMLInputElement>('href')!.value = editor.getAttributes('link').href ?? '';
      const documents = field<HTMLSelectElement>('document');
      if (documents) documents.value = '';
      openPanel('link', panel('link')?.hidden ?? false);
    },
    image: () => {
      altFromLibrary();
      openPanel('image', panel('image')?.hidden ?? false);
    },
    linkApply: applyLink,
    linkRemove: () => {
      focus().extendMarkRange('link').unsetLink().run();
      openPanel('link', false);
    },
    imageInsert: insertImage,
  };

  host.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-command]');
    if (target) commands[target.dataset.command as Command]?.();
  });
  field<HTMLSelectElement>('src')?.addEventListener('change', altFromLibrary);
  field<HTMLSelectElement>('document')?.addEventListener('change', documentChosen);
  // Enter in a panel applies it rather than sending the whole form; Escape closes it.
  host.addEventListener('keydown', (event) => {
    const inPanel = (event.target as HTMLElement).closest<HTMLElement>('[data-panel]');
    if (!inPanel || (event.key !== 'Enter' && event.key !== 'Escape')) return;
    if ((event.target as HTMLElement).tagName === 'BUTTON' && event.key === 'Enter') return;
    event.preventDefault();
    if (event.key === 'Escape') {
      openPanel(inPanel.dataset.panel as 'link' | 'image', false);
      focus().run();
    } else if (inPanel.dataset.panel === 'link') applyLink();
    else insertImage();
  });
  rovingFocus(toolbar);
  const pressed: Partial<Record<Command, () => boolean>> = {
    heading2: () => editor.isActive('heading', { level: 2 }),
    heading3: () => editor.isActive('heading', { level: 3 }),
    bold: () => editor.isActive('bold'),
    italic: () => editor.isActive('italic'),
    bulletList: () => editor.isActive('bulletList'),
    orderedList: () => editor.isActive('orderedList'),
  };
  const showState = () => {
    for (const [command, isOn] of Object.entries(pressed))
      button(command as Command)?.setAttribute('aria-pressed', String(isOn()));
  };
  editor.on('transaction', showState);
  showState();
}

const parts = document.querySelector<HTMLTemplateElement>('#rich-editor-parts')?.content;
if (parts) document.querySelectorAll<HTMLElement>('.rich-body').forEach((w) => enhance(w, parts));
