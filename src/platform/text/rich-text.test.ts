import { describe, expect, it } from 'vitest';
import { cleanHtml, plainText, renderRichText } from './rich-text';

// Payloads from the OWASP XSS filter evasion list and the shapes DOCX/HTML imports bring.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name=a></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<div><style>body{display:none}</style></div>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
];

describe('rich text', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const html = renderRichText(payload);
    expect(html).not.toMatch(/<(script|svg|object|embed|form|input|style|base|meta|details)\b/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).not.toMatch(/evil\.example/);
    expect(cleanHtml(payload)).toBe(cleanHtml(cleanHtml(payload)));
  });

  it('keeps what an article needs', () => {
    const html = renderRichText(
      [
        '# Tiêu đề',
        '',
        'Đoạn **đậm** và *nghiêng*, [Sở KH&CN](https://dost.danang.gov.vn).',
        '',
        '- một',
        '- hai',
        '',
        '| Năm | Số DN |',
        '| --- | --- |',
        '| 2025 | 120 |',
        '',
        '![Lễ khai mạc](/files/' + 'a'.repeat(64) + '.webp)',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Tiêu đề</h2>');
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).toContain(
      '<a href="https://dost.danang.gov.vn" rel="nofollow noopener noreferrer">Sở KH&amp;CN</a>',
    );
    expect(html).toContain('<li>hai</li>');
    expect(html).toContain('<td>120</td>');
    expect(html).toMatch(/<img src="\/files\/a{64}\.webp" alt="Lễ khai mạc" loading="lazy" \/>/);
  });

  it('keeps a YouTube embed and drops other frames', () => {
    const ok =
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="v"></iframe>';
    expect(cleanHtml(ok)).toContain('youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(cleanHtml('<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>')).toBe(
      '',
    );
  });

  it('gives the plain words for feeds and search', () => {
    expect(plainText('## Hạn nộp\n\nTrước **30/6**, xem [đây](https://x.vn).')).toBe(
      'Hạn nộp Trước 30/6, xem đây.',
    );
  });
});
