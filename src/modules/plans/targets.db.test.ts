// Targets of the plan as decision 1394 sets them (002 I): figures validated by their unit, one
// computed from the directory's indicator for the year so far and the province, one entered; the
// dashboard shows each against what is expected by today with its status and where the figure
// comes from; stale edits 409; agencies do not see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS } from '../../platform/authz';
import { createOrganization } from '../directory';
import { createAgency } from './testing/fixtures';

const PLANS = '/admin/plans';

describe.each(testEngines)('targets on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let officer: BrowserSession;
  let planId = '';

  const target = (fields: Record<string, string>) => ({
    code: 'CT1',
    name: 'Doanh nghiệp khởi nghiệp đổi mới sáng tạo',
    unit: 'count',
    baseline: '0',
    source: 'indicator',
    indicatorId: 'directory.innovative_startups',
    province: '31',
    target_2026: '10',
    ...fields,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    officer = (
      await createAgency(t, { name: 'Sở Tài chính', code: 'STC', officer: 'vp@stc.example' })
    ).officer!;
    // Five innovative startups of Hải Phòng (31) and one elsewhere, listed in January 2026.
    for (const [i, province] of ['31', '31', '31', '31', '31', '48'].entries()) {
      const r = await createOrganization(
        t.deps.database.db,
        { actor: ANONYMOUS, label: 'test' },
        {
          kind: 'startup',
          legalName: `Công ty Khởi Nghiệp ${i}`,
          firstRegisteredOn: '2024-03-01',
          provinceCode: province,
        },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.fields));
      await t.database.query('update directory_organizations set created_at = $1 where id = $2', [
        new Date('2026-01-15T00:00:00+07:00'),
        r.organization.id,
      ]);
    }
    const res = await staff.post(`${PLANS}/new`, {
      title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp ĐMST',
      decisionNumber: '1394/QĐ-UBND',
      decisionDate: '05/06/2025',
      periodStart: '2025',
      periodEnd: '2027',
    });
    planId = /plans\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    // Half-way through 2026, Vietnam time.
    t.setNow(new Date('2026-07-02T17:00:00Z'));
  });
  afterAll(() => t.close());

  it('refuses figures its unit does not allow and an indicator counting in another unit', async () => {
    const percent = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({
        code: 'CT9',
        unit: 'percent',
        source: 'entered',
        target_2026: '150',
        indicatorId: '',
      }),
    );
    expect(percent.status).toBe(422);
    expect(await percent.text()).toContain('Nhập tỷ lệ là số nguyên từ 0 đến 100.');
    const money = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({ code: 'CT9', unit: 'vnd', source: 'entered', indicatorId: '', baseline: '1.000,5' }),
    );
    expect(await money.text()).toContain('Nhập số tiền bằng đồng, số nguyên không âm.');
    const count = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({ target_2026: '2,5' }),
    );
    expect(await count.text()).toContain('Nhập số nguyên không âm.');
    const unit = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({ indicatorId: 'programs.funding_awarded' }),
    );
    expect(await unit.text()).toContain('Chỉ số này có đơn vị khác với đơn vị của chỉ tiêu.');
    const province = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({ province: '999' }),
    );
    expect(await province.text()).toContain('Không có tỉnh với mã này.');
    expect(
      (await t.database.query<{ n: number }>('select count(*)::int as n from plans_targets'))[0]!.n,
    ).toBe(0);
  });

  it('computes a target from the indicator for the year so far and the province, and rates it', async () => {
    expect((await staff.post(`${PLANS}/${planId}/targets/new`, target({}))).status).toBe(303);
    const entered = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({
        code: 'CT2',
        name: 'Dự án khởi nghiệp được hỗ trợ',
        source: 'entered',
        indicatorId: '',
        province: '',
        target_2026: '20',
        entered_2026: '12',
      }),
    );
    expect(entered.status).toBe(303);
    const lagging = await staff.post(
      `${PLANS}/${planId}/targets/new`,
      target({
        code: 'CT3',
        name: 'Tỷ lệ dự án gọi được vốn',
        unit: 'percent',
        source: 'entered',
        indicatorId: '',
        province: '',
        target_2026: '20',
        entered_2026: '5',
      }),
    );
    expect(lagging.status).toBe(303);
    const html = await (await staff.get(`${PLANS}/${planId}/targets?year=2026`)).text();
    const row = (code: string) =>
      new RegExp(`${code}\\. [^<]*</a></th>(.*?)</tr>`, 's').exec(html)![1]!;
    // 5 of 10 with half the year gone (5.01 expected): at risk, 80 % of the way.
    expect(row('CT1')).toContain('Có nguy cơ chậm');
    expect(row('CT1')).toContain(
      'Doanh nghiệp khởi nghiệp đổi mới sáng tạo (≤ 5 năm) (directory.innovative_startups), từ 01/01/2026 đến 02/07/2026 · tỉnh mã 31',
    );
    expect(row('CT1')).toMatch(/<td>5<\/td>/);
    expect(row('CT2')).toContain('Đúng tiến độ');
    expect(row('CT2')).toContain('Số liệu nhập tay');
    expect(row('CT3')).toContain('Chậm tiến độ');
    expect(row('CT3')).toContain('5%');
    expect(html).toContain('role="img"');
    expect(html).toContain('Cách đánh giá: mức cần đạt đến nay');
    const later = await (await staff.get(`${PLANS}/${planId}/targets?year=2027`)).text();
    expect(later).toContain('Chưa có số liệu');
  });

  it('answers a stale edit with 409 and keeps what was saved; agencies do not see targets', async () => {
    const id = (
      await t.database.query<{ id: string }>(`select id from plans_targets where code = 'CT2'`)
    )[0]!.id;
    const fresh = await staff.post(
      `${PLANS}/targets/${id}`,
      target({
        code: 'CT2',
        name: 'Dự án được hỗ trợ',
        source: 'entered',
        indicatorId: '',
        province: '',
        version: '1',
        target_2026: '20',
        entered_2026: '14',
      }),
    );
    expect(fresh.status).toBe(303);
    const stale = await staff.post(
      `${PLANS}/targets/${id}`,
      target({
        code: 'CT2',
        name: 'Tên cũ',
        source: 'entered',
        indicatorId: '',
        province: '',
        version: '1',
      }),
    );
    expect(stale.status).toBe(409);
    const saved = await t.database.query<{ name: string; entered: string }>(
      `select t.name, y.entered_value::text as entered from plans_targets t join plans_target_years y on y.target_id = t.id where t.id = $1`,
      [id],
    );
    expect(saved).toEqual([{ name: 'Dự án được hỗ trợ', entered: '14' }]);
    expect((await officer.get(`${PLANS}/${planId}/targets`)).status).toBe(404);
    expect((await officer.get(`${PLANS}/targets/${id}`)).status).toBe(404);
  });

  it('keeps an indicator figure until this process handles a write', async () => {
    const ct1 = async () => {
      // The row's cells: baseline, target, expected by today, reached…
      const html = await (await staff.get(`${PLANS}/${planId}/targets?year=2026`)).text();
      const row = /CT1\. [^<]*<\/a><\/th>(.*?)<\/tr>/s.exec(html)![1]!;
      return [...row.matchAll(/<td>(.*?)<\/td>/g)][3]![1];
    };
    expect(await ct1()).toBe('5');
    // A startup listed by something other than a request of this process (an import's job).
    const r = await createOrganization(
      t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      {
        kind: 'startup',
        legalName: 'Công ty Khởi Nghiệp 7',
        firstRegisteredOn: '2024-03-01',
        provinceCode: '31',
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    await t.database.query('update directory_organizations set created_at = $1 where id = $2', [
      new Date('2026-01-15T00:00:00+07:00'),
      r.organization.id,
    ]);
    expect(await ct1()).toBe('5');
    // Any write request, even one refused, forgets the kept figures.
    expect((await staff.post(`${PLANS}/${planId}/targets/new`, target({ code: '' }))).status).toBe(
      422,
    );
    expect(await ct1()).toBe('6');
  });
});
