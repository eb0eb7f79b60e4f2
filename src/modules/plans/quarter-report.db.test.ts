// The consolidated quarterly report written by the platform: numbered from the issuing body's
// register, in the Decree 30/2020 layout, with the plan's tasks, targets and who reported — read
// back with mammoth, an independent reader of .docx files.
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { plansModule } from './index';

describe.each(testEngines)('the quarterly report on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let path = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-04-08T03:00:00Z'));
    await plansModule.seeds!.demo!(t.deps);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    const planId = (await t.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    path = `/admin/plans/${planId}/quarter-report`;
  });
  afterAll(() => t.close());

  const form = {
    issuer: 'SKHCN',
    parent: 'UBND thành phố Hải Phòng',
    quarter: '2026-Q1',
    place: 'Hải Phòng',
    signerPosition: 'Giám đốc',
    signerName: 'Nguyễn Văn Minh',
  };

  it('refuses a malformed quarter and a missing signer, numbering nothing', async () => {
    const res = await staff.post(path, { ...form, quarter: 'Q1/2026', signerName: '' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nhập quý theo dạng 2026-Q2.');
    expect(await t.database.query('select 1 from plans_register_entries')).toHaveLength(0);
  });

  it('writes the numbered report with the official header, date line, figures and signature', async () => {
    const res = await staff.post(path, form);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('BC-1-SKHCN-2026.docx');
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await res.arrayBuffer()),
    });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('Số: 01/BC-SKHCN');
    expect(text).toContain('Hải Phòng, ngày 08 tháng 4 năm 2026');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo của thành phố');
    expect(text).toContain('Kỳ 2026-Q1: 3/5 cơ quan đã nộp báo cáo.');
    expect(text).toContain('Thiếu chuyên gia cố vấn có kinh nghiệm gọi vốn.');
    expect(text).toContain('directory.innovative_startups');
    expect(text).toContain('Nguyễn Văn Minh');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Lưu: VT.');
    const again = await staff.post(path, form);
    expect(again.headers.get('content-disposition')).toContain('BC-2-SKHCN-2026.docx');
    const register = await t.database.query<{ symbol: string }>(
      'select symbol from plans_register_entries order by number',
    );
    expect(register.map((r) => r.symbol)).toEqual(['01/BC-SKHCN', '02/BC-SKHCN']);
  });
});
