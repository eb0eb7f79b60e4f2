import { describe, expect, it } from 'vitest';
import { markdownFromHtml } from './html-markdown';
import { renderRichText } from './rich-text';

// What a tampered page or a paste may post as the rich-text editor's HTML.
const PAYLOADS = [
  '<p>a<script>alert(1)</script></p>',
  '<img src="/files/x.png" onerror="alert(1)">',
  '<img src="javascript:alert(1)" alt="x">',
  '<p><a href="javascript:alert(1)">x</a></p>',
  '<p><a href=" jAvAsCrIpT:alert(1)">x</a></p>',
  '<p><a href="&#106;avascript:alert(1)">x</a></p>',
  '<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>',
  '<p onclick="alert(1)" style="color:red">x</p>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p>[x](javascript:alert(1))</p>',
  '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
  '<pre><code>&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>',
];

describe('the editor HTML stored as Markdown', () => {
  it.each(PAYLOADS)('neutralises %s in what is stored and what is shown', async (payload) => {
    const stored = await markdownFromHtml(payload);
    // No link or picture to a script, no markup with a handler; typed words may say anything.
    expect(stored).not.toMatch(/(^|[^\\])\]\(\s*(javascript|data):/i);
    expect(stored).not.toMatch(/(^|[^\\])<\w[^>]*\son\w+=/i);
    const shown = renderRichText(stored);
    expect(shown).not.toMatch(/<(script|svg|iframe|style)\b/i);
    expect(shown).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(shown).not.toMatch(/href="\s*(javascript|data):/i);
  });

  it('keeps the formatting the editor makes', async () => {
    const editorHtml =
      '<h2>Mục tiêu</h2><p>Hỗ trợ <strong>ba mươi</strong> dự án <em>số</em>.</p>' +
      '<ul><li><p>Nhà màng</p></li><li><p>Truy xuất</p></li></ul>' +
      '<ol><li><p>Một</p></li></ol><blockquote><p>Trích</p></blockquote>' +
      '<p><a href="https://sokhcn.example/a">chi tiết</a></p>' +
      `<img src="/files/${'a'.repeat(64)}.png" alt="Ảnh">`;
    const stored = await markdownFromHtml(editorHtml);
    expect(stored).toContain('## Mục tiêu');
    expect(stored).toContain('**ba mươi**');
    const shown = renderRichText(stored);
    for (const part of [
      '<h2>Mục tiêu</h2>',
      '<strong>ba mươi</strong>',
      '<em>số</em>',
      '<li>Nhà màng</li>\n<li>Truy xuất</li>',
      '<ol>',
      '<blockquote>',
      'href="https://sokhcn.example/a"',
      `src="/files/${'a'.repeat(64)}.png" alt="Ảnh"`,
    ])
      expect(shown).toContain(part);
  });

  it('keeps words that look like markup as words', async () => {
    const stored = await markdownFromHtml('<p>Gõ &lt;b&gt;chữ&lt;/b&gt; và a &lt; b</p>');
    expect(renderRichText(stored)).toBe('<p>Gõ &lt;b&gt;chữ&lt;/b&gt; và a &lt; b</p>\n');
  });

  it('stores an emptied editor as an empty body, Vietnamese in one normal form', async () => {
    expect(await markdownFromHtml('<p></p>')).toBe('');
    // "ệ" typed as e + combining marks comes out precomposed (NFC), as the search expects.
    expect(await markdownFromHtml('<p>Vie\u0323\u0302t</p>')).toBe('Việt');
  });
});
