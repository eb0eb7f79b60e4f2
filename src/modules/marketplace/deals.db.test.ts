// A deal as a fact: a side records the signed contract (its file checked by content), the other
// side confirms, and only then does it count in the figures. A domestic transfer of a public
// institute's technology uses state capital, so the Law on Technology Transfer requires it to be
// registered within 90 days: the registration request is prepared as DOCX and PDF for the sides
// and brokers only, and both sides are reminded 30 days before the deadline — once.
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import type { BrowserSession } from '../../../test/support/browser-session';
import { createJobRunner } from '../../platform/jobs';
import { indicatorById } from '../../platform/modules/registry';
import { marketplaceModule } from './manifest';
import { offerForm } from './testing/fixture';
import { askIntroduction, openExchange, publishOffer } from './testing/exchange';

const START = new Date('2027-03-02T02:00:00Z');
const YEAR = { from: new Date('2026-12-31T17:00:00Z'), to: new Date('2027-12-31T17:00:00Z') };
const PDF = new TextEncoder().encode('%PDF-1.7\n% hop dong da ky\ntrailer\n%%EOF\n');

describe.each(testEngines)('deals confirmed by both sides and registered on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let buyer: BrowserSession;
  let outsider: BrowserSession;
  let staff: BrowserSession;
  let page: string;

  const deals = () =>
    t.database.query<{ version: number; supplier: boolean; recipient: boolean; due: string }>(
      `select version, supplier_confirmed_at is not null as supplier,
              recipient_confirmed_at is not null as recipient, registration_due_on::text as due
         from marketplace_deals`,
    );
  const value = (id: string) => indicatorById(id)!.compute(t.database.db, YEAR);
  const dealForm = (fields: Record<string, string>) => {
    const form = new FormData();
    const all: Record<string, string> = {
      version: '3',
      transferForm: 'licence',
      direction: 'domestic',
      usesStateCapital: 'yes',
      valueVnd: '650.000.000',
      signedOn: '01/03/2027',
      contractNumber: '12/2027/HĐCGCN',
      ...fields,
    };
    for (const [k, v] of Object.entries(all)) form.append(k, v);
    return form;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const exchange = await openExchange(t, {
      institute: 'Viện Sinh học Lâm Đồng',
      coop: 'HTX Cà phê Cầu Đất',
    });
    const { institute, coop } = exchange;
    ({ office, buyer, outsider, staff } = exchange);
    // The institute's profile tells its address, code and e-mail, its phone to staff only; the
    // cooperative's tells none of them.
    await t.database.query(
      `update directory_organizations set address = $1, tax_code = $2, phone = $3, email = $4,
              visibility = '{"phone": "staff"}'::jsonb where id = $5`,
      [
        'Số 116 Xô Viết Nghệ Tĩnh, Đà Lạt',
        '5800123456',
        '0263 3822 001',
        'cgcn@vien.example',
        institute.id,
      ],
    );
    const offerId = await publishOffer(office, offerForm(institute.slug));
    page = await askIntroduction(buyer, offerId, coop.slug);
    await staff.post(`${page}/step`, { step: 'introduce', version: '1' });
    await buyer.post(`${page}/step`, { step: 'talk', version: '2' });
  });
  afterAll(() => t.close());

  it('refuses nonsense with clear messages in both languages, recording nothing', async () => {
    const notPdf = dealForm({});
    notPdf.append('signedFile', new Blob(['chỉ là chữ']), 'hop-dong.pdf');
    const badFile = await buyer.postMultipart(`${page}/deal`, notPdf);
    expect(badFile.status).toBe(422);
    expect(await badFile.text()).toContain('không phải PDF');
    const fields = {
      version: '3',
      transferForm: 'licence',
      direction: 'domestic',
      valueVnd: '12,5 triệu',
      signedOn: '01/03/2028',
      evidence: 'Bản sao hợp đồng',
    };
    const vi = await (await buyer.post(`${page}/deal`, fields)).text();
    expect(vi).toContain('Số tiền không hợp lệ');
    buyer.set('lang', 'en');
    const en = await buyer.post(`${page}/deal`, { ...fields, valueVnd: '5' });
    buyer.set('lang', 'vi');
    expect(en.status).toBe(422);
    expect(await en.text()).toContain('The signing day cannot be after today.');
    const noEvidence = await buyer.post(`${page}/deal`, {
      ...fields,
      valueVnd: '5',
      signedOn: '01/03/2027',
      evidence: '',
    });
    expect(await noEvidence.text()).toContain('Đính kèm hợp đồng đã ký hoặc ghi căn cứ ghi nhận.');
    expect(await deals()).toEqual([]);
    expect((await outsider.postMultipart(`${page}/deal`, dealForm({}))).status).toBe(404);
  });

  it('records the deal once with its signed contract; the other side confirms it', async () => {
    const withFile = () => {
      const form = dealForm({});
      form.append('signedFile', new Blob([PDF]), 'Hợp đồng 12-2027.pdf');
      return form;
    };
    expect((await buyer.postMultipart(`${page}/deal`, withFile())).status).toBe(303);
    expect((await buyer.postMultipart(`${page}/deal`, withFile())).status).toBe(409);
    expect(await deals()).toEqual([
      { version: 1, supplier: false, recipient: true, due: '2027-05-30' },
    ]);
    expect(await value('marketplace.deals')).toBe(0);
    expect((await outsider.post(`${page}/deal/confirm`, { version: '1' })).status).toBe(404);
    expect((await office.post(`${page}/deal/confirm`, { version: '0' })).status).toBe(409);
    expect((await office.post(`${page}/deal/confirm`, { version: '1' })).status).toBe(303);
    expect((await office.post(`${page}/deal/confirm`, { version: '1' })).status).toBe(303);
    expect(await deals()).toEqual([
      { version: 2, supplier: true, recipient: true, due: '2027-05-30' },
    ]);
    expect(await value('marketplace.deals')).toBe(1);
    expect(await value('marketplace.deals_value')).toBe(650_000_000);
    for (const who of [buyer, office, staff]) {
      const res = await who.get(`${page}/deal/file`);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    }
    expect((await outsider.get(`${page}/deal/file`)).status).toBe(404);
    const html = await (await office.get(page)).text();
    expect(html).toContain('hạn chót 30/05/2027');
    expect(html).toContain('Còn 89 ngày.');
  });

  it('prepares the registration request as DOCX and PDF for the sides and brokers only', async () => {
    for (const format of ['docx', 'pdf'])
      expect((await outsider.get(`${page}/deal/registration.${format}`)).status).toBe(404);
    const docx = await buyer.get(`${page}/deal/registration.docx`);
    expect(docx.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(await docx.arrayBuffer()),
    });
    const flat = text.replace(/\s+/g, ' ');
    const dotted = '……………………………';
    // The form's fields in the order it is read, each filled from the deal or left as its dotted
    // line: what the cooperative's profile does not tell, the representatives, the term, payment.
    const fields = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'VĂN BẢN ĐỀ NGHỊ',
      'Đăng ký chuyển giao công nghệ',
      'Kính gửi: Sở Khoa học và Công nghệ Thành phố Đà Nẵng',
      '1. BÊN GIAO CÔNG NGHỆ',
      'Tên tổ chức Viện Sinh học Lâm Đồng',
      'Địa chỉ trụ sở Số 116 Xô Viết Nghệ Tĩnh, Đà Lạt',
      'Điện thoại, thư điện tử cgcn@vien.example',
      'Mã số doanh nghiệp hoặc số quyết định thành lập 5800123456',
      `Người đại diện theo pháp luật ${dotted}`,
      `Chức vụ ${dotted}`,
      '2. BÊN NHẬN CÔNG NGHỆ',
      'Tên tổ chức HTX Cà phê Cầu Đất',
      `Địa chỉ trụ sở ${dotted}`,
      `Điện thoại, thư điện tử ${dotted}`,
      `Mã số doanh nghiệp hoặc số quyết định thành lập ${dotted}`,
      `Người đại diện theo pháp luật ${dotted}`,
      '3. CÔNG NGHỆ ĐƯỢC CHUYỂN GIAO',
      'Tên công nghệ Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ',
      'Hình thức chuyển giao Li-xăng',
      'Phạm vi chuyển giao Chuyển giao công nghệ trong nước',
      '4. HỢP ĐỒNG CHUYỂN GIAO CÔNG NGHỆ',
      'Số hợp đồng 12/2027/HĐCGCN',
      'Ngày ký 01/03/2027',
      `Thời hạn hợp đồng ${dotted}`,
      'Sử dụng vốn nhà nước Có',
      '30/05/2027',
      '5. GIÁ TRỊ HỢP ĐỒNG VÀ PHƯƠNG THỨC THANH TOÁN',
      'Giá trị hợp đồng 650.000.000',
      `Phương thức thanh toán ${dotted}`,
      '6. HỒ SƠ KÈM THEO',
      'a) Văn bản đề nghị đăng ký chuyển giao công nghệ',
      'b) Bản gốc hoặc bản sao có chứng thực hợp đồng chuyển giao công nghệ',
      'c) Bản sao có chứng thực giấy tờ về tư cách pháp lý',
      'd) Văn bản xác nhận tư cách pháp lý của người đại diện',
      'e) Tài liệu giải trình về điều kiện sử dụng vốn nhà nước',
      '7. CAM KẾT',
      'ĐẠI DIỆN BÊN NHẬN CÔNG NGHỆ',
      '(Ký, ghi rõ họ tên, chức vụ và đóng dấu)',
    ];
    let from = 0;
    for (const field of fields) {
      const at = flat.indexOf(field, from);
      expect(at, `"${field}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + field.length;
    }
    // The institute's phone is for staff: the cooperative's copy leaves it out.
    expect(flat).not.toContain('0263 3822 001');
    const pdf = await staff.get(`${page}/deal/registration.pdf`);
    expect(pdf.status).toBe(200);
    const { text: pdfText } = await extractText(
      await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())),
      { mergePages: true },
    );
    const pdfFlat = pdfText.replace(/\s+/g, ' ');
    expect(pdfFlat).toContain('12/2027/HĐCGCN');
    expect(pdfFlat).toContain('0263 3822 001');
  });

  it('reminds both sides of the deadline 30 days before it, once', async () => {
    const runner = createJobRunner({
      db: t.deps.database.db,
      clock: t.deps.clock,
      handlers: marketplaceModule.jobs!,
      deps: t.deps,
    });
    const letters = () =>
      t.database.query<{ to: string; text: string }>(
        `select "to", text from platform_mail_outbox where template = 'marketplace.registration-reminder' order by "to"`,
      );
    t.setNow(new Date('2027-04-28T02:00:00Z'));
    await runner.runDue();
    expect(await letters()).toEqual([]);
    t.setNow(new Date('2027-04-30T02:00:00Z'));
    await runner.runDue();
    await runner.runDue();
    const sent = await letters();
    expect(sent.map((l) => l.to)).toEqual(['giam-doc@htx.example', 'ttcg@vien.example']);
    expect(sent[0]!.text).toContain('30/05/2027');
    expect(sent[0]!.text).toContain(`${page}#deal`);
    t.setNow(START);
  });
});
