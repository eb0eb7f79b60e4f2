import { describe, expect, it } from 'vitest';
import { translator } from '../../../platform/i18n';
import '../i18n';
import { RichBodyField, RichEditorParts } from './rich-body-field';

const t = translator('vi');
const render = async (node: unknown) => String(await (node as { toString(): unknown }).toString());
const body = (value: string) => (
  <RichBodyField t={t} name="bodyVi" label="Nội dung" value={value} rows={8} />
);

describe("an item's body and the rich-text editor", () => {
  it('offers the editor the body as clean HTML, beside the Markdown textarea', async () => {
    const html = await render(body('## Mục\n\nChữ **đậm** <img src=x onerror=alert(1)>'));
    expect(html).toContain('data-rich-editor="on"');
    expect(html).toContain('<textarea id="bodyVi" name="bodyVi"');
    expect(html).toMatch(
      /<template><h2>Mục<\/h2>\s*<p>Chữ <strong>đậm<\/strong> <\/p>\s*<\/template>/,
    );
    expect(html).toContain('data-editor-hint="Chọn chữ rồi bấm nút trên thanh công cụ');
  });

  it('keeps a body with tables or embeds as Markdown, so the editor drops nothing', async () => {
    for (const value of [
      '<table><tr><td>2027</td></tr></table>',
      '<iframe src="https://www.youtube-nocookie.com/embed/abcdefgh"></iframe>',
      'Chữ <sup>2</sup>',
    ]) {
      const html = await render(body(value));
      expect(html).toContain('data-rich-editor="off"');
      expect(html).not.toContain('<template>');
    }
  });

  it("has its toolbar in the page's language, the picture button only with a library", async () => {
    const none = await render(
      <RichEditorParts t={translator('en')} library={{ images: [], documents: [] }} />,
    );
    expect(none).toContain('role="toolbar" aria-label="Formatting"');
    expect(none).toContain('>Bold</button>');
    expect(none).not.toContain('data-command="image"');
    expect(none).toContain('<script src="/assets/build/content-editor.js" defer');
  });
});
