import { describe, expect, it } from 'vitest';
import { ColumnChart, HorizontalBarChart, type ChartProps } from './charts';

const props = (over: Partial<ChartProps> = {}): ChartProps => ({
  id: 'c',
  title: 'Theo tỉnh',
  locale: 'vi',
  labelHeader: 'Tỉnh',
  valueHeader: 'Số tổ chức',
  tableToggle: 'Xem bảng số liệu',
  data: [
    { label: 'Hà Nội', value: 12345, href: '/directory?province=01' },
    { label: 'Huế', value: 0 },
    { label: 'Cần Thơ <b>', value: 6000 },
  ],
  ...over,
});

const render = async (node: unknown) => String(await (node as { toString(): unknown }).toString());

describe('server-rendered charts', () => {
  it('draw an image with a title, a description of every figure, and a table of them (vi-VN numbers)', async () => {
    const html = await render(
      <HorizontalBarChart {...props()} extraRows={[{ label: 'Chưa cho biết', value: 3 }]} />,
    );
    expect(html).toContain('<svg role="img" aria-labelledby="c-title c-desc"');
    expect(html).toContain('<title id="c-title">Theo tỉnh</title>');
    expect(html).toContain(
      '<desc id="c-desc">Hà Nội: 12.345; Huế: 0; Cần Thơ &lt;b&gt;: 6.000; Chưa cho biết: 3</desc>',
    );
    expect(html).toContain('<caption>Theo tỉnh</caption>');
    expect(html).toContain(
      '<th scope="row"><a href="/directory?province=01">Hà Nội</a></th><td>12.345</td>',
    );
    expect(html).toContain('<th scope="row">Chưa cho biết</th><td>3</td>');
    expect(html).not.toContain('<b>');
    // The largest bar spans the chart's share of the width, the others in proportion.
    expect(html).toContain('width="82%"');
    expect(html).toContain(`width="${Math.round((6000 / 12345) * 82 * 100) / 100}%"`);
    expect(html).toContain('width="0%"');
    expect(html.match(/<rect /g)).toHaveLength(3);
  });

  it('format figures for English readers too', async () => {
    const html = await render(<HorizontalBarChart {...props({ locale: 'en' })} />);
    expect(html).toContain('<td>12,345</td>');
  });

  it('label at most six columns, always the last one, and draw nothing for zeros', async () => {
    const data = Array.from({ length: 30 }, (_, i) => ({ label: String(1996 + i), value: i % 7 }));
    const html = await render(<ColumnChart {...props({ data })} maxLabel="Cao nhất" />);
    const labels = [...html.matchAll(/<text[^>]*text-anchor="[a-z]+"[^>]*>(\d{4})<\/text>/g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(['2000', '2005', '2010', '2015', '2020', '2025']);
    expect(html).toContain('text-anchor="end"');
    expect(html).toContain('Cao nhất: 6');
    expect(html.match(/<rect /g)).toHaveLength(30);
    expect(html).toContain('height="0"');
  });

  it('cope with no data at all', async () => {
    const html = await render(<ColumnChart {...props({ data: [] })} maxLabel="Cao nhất" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('Cao nhất: 0');
  });
});
