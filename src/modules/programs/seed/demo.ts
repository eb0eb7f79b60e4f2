// The demo programmes loaded with the demo accounts on a fresh database: SpeedUP funding and the
// I-Star competition (seed 004), each published with a call open from a week ago to 17:00 Vietnam
// time a month from the day the data is loaded, so the demo founder can apply at once.
import type { Actor } from '../../../platform/authz';
import type { TCallForm } from '../domain/call-form';
import { parseVnDateTime, vnDay } from '../../../platform/i18n';
import { createCall } from '../services/calls/create-call';
import { createProgramme } from '../services/programmes/create-programme';
import { publishProgramme } from '../services/programmes/publish-programme';
import type { TProgrammeFieldsInput } from '../contracts';
import type { ClockDeps } from '../services/common';

const DAY_MS = 86_400_000;

/** Demo data is written as the platform itself; the audit log says "demo". */
const SEEDER: Actor = {
  kind: 'user',
  user: {
    id: 'demo-seed',
    name: 'Demo',
    email: 'demo-seed@demo.innohub.vn',
    locale: 'vi',
    twoFactorEnabled: false,
  },
  roles: new Set(['member', 'staff']),
};

const text = (vi: string, en: string) => ({ vi, en });

const SPEEDUP_FORM: TCallForm = {
  sections: [
    {
      id: 'du_an',
      title: text('Dự án', 'Project'),
      questions: [
        {
          id: 'ten_du_an',
          kind: 'short_text',
          label: text('Tên dự án', 'Project name'),
          isRequired: true,
          maxLength: 200,
        },
        {
          id: 'tom_tat',
          kind: 'long_text',
          label: text('Tóm tắt dự án', 'Project summary'),
          isRequired: true,
          maxLength: 3000,
        },
        {
          id: 'kinh_phi',
          kind: 'money_vnd',
          label: text('Kinh phí đề nghị hỗ trợ (đồng)', 'Funding requested (VND)'),
          isRequired: true,
          min: 0,
          max: 2_000_000_000,
        },
        {
          id: 'giai_doan',
          kind: 'single_choice',
          label: text('Giai đoạn phát triển', 'Stage'),
          isRequired: true,
          options: [
            { value: 'y_tuong', label: text('Ý tưởng', 'Idea') },
            { value: 'mvp', label: text('Sản phẩm mẫu', 'Prototype') },
            { value: 'tang_truong', label: text('Tăng trưởng', 'Growth') },
          ],
        },
        {
          id: 'ho_so',
          kind: 'file',
          label: text('Hồ sơ thuyết minh (PDF)', 'Proposal (PDF)'),
          isRequired: true,
          types: ['pdf', 'pptx'],
          maxBytes: 10 * 1024 * 1024,
        },
      ],
    },
    {
      id: 'doi_ngu',
      title: text('Đội ngũ', 'Team'),
      questions: [
        {
          id: 'thanh_vien',
          kind: 'team_members',
          label: text('Thành viên chủ chốt', 'Key members'),
          isRequired: true,
          maxMembers: 10,
        },
      ],
    },
  ],
};

const ISTAR_FORM: TCallForm = {
  sections: [
    {
      id: 'bai_thi',
      title: text('Bài dự thi', 'Entry'),
      questions: [
        {
          id: 'ten_giai_phap',
          kind: 'short_text',
          label: text('Tên giải pháp', 'Solution name'),
          isRequired: true,
          maxLength: 200,
        },
        {
          id: 'linh_vuc',
          kind: 'single_choice',
          label: text('Hạng mục dự thi', 'Category'),
          isRequired: true,
          options: [
            { value: 'ai', label: text('Trí tuệ nhân tạo', 'Artificial intelligence') },
            { value: 'nong_nghiep', label: text('Nông nghiệp số', 'Digital agriculture') },
            { value: 'y_te', label: text('Y tế số', 'Digital health') },
          ],
        },
        {
          id: 'du_lieu',
          kind: 'long_text',
          label: text(
            'Dữ liệu huấn luyện và cách thu thập',
            'Training data and how it is collected',
          ),
          isRequired: true,
          maxLength: 2000,
          showIf: { questionId: 'linh_vuc', anyOf: ['ai'] },
        },
        {
          id: 'mo_ta',
          kind: 'long_text',
          label: text('Mô tả giải pháp', 'Solution description'),
          isRequired: true,
          maxLength: 5000,
        },
      ],
    },
  ],
};

const SPEEDUP: TProgrammeFieldsInput = {
  slug: 'speedup',
  kind: 'funding',
  titleVi: 'SpeedUP — Hỗ trợ dự án khởi nghiệp đổi mới sáng tạo',
  titleEn: 'SpeedUP — Funding for innovative startup projects',
  summaryVi: 'Hỗ trợ tối đa 2 tỷ đồng trong tối đa 2 năm cho dự án khởi nghiệp đổi mới sáng tạo.',
  summaryEn: 'Up to 2 billion VND over up to 2 years for innovative startup projects.',
  goalsVi: 'Thúc đẩy doanh nghiệp khởi nghiệp thương mại hóa sản phẩm công nghệ.',
  benefitsVi: 'Kinh phí, cố vấn, kết nối nhà đầu tư.',
  eligibilityVi: 'Doanh nghiệp khởi nghiệp thành lập không quá 5 năm.',
  faq: [
    {
      question: text('Hồ sơ nộp thế nào?', 'How do I apply?'),
      answer: text(
        'Nộp trực tuyến trên cổng này trước hạn chót.',
        'Online on this portal before the deadline.',
      ),
    },
  ],
  fundingCapVnd: 2_000_000_000n,
  maxDurationMonths: 24,
};

const ISTAR: TProgrammeFieldsInput = {
  slug: 'i-star',
  kind: 'competition',
  titleVi: 'Giải thưởng I-Star',
  titleEn: 'I-Star Award',
  summaryVi: 'Giải thưởng đổi mới sáng tạo và khởi nghiệp thường niên.',
  summaryEn: 'The yearly innovation and startup award.',
  categories: [
    text('Trí tuệ nhân tạo', 'Artificial intelligence'),
    text('Nông nghiệp số', 'Digital agriculture'),
    text('Y tế số', 'Digital health'),
  ],
  prizes: [
    { title: text('Giải Nhất', 'First prize'), amountVnd: '100000000' },
    { title: text('Giải Nhì', 'Second prize'), amountVnd: '50000000' },
  ],
};

async function publishedWithCall(
  deps: ClockDeps,
  programme: TProgrammeFieldsInput,
  call: { titleVi: string; titleEn: string; form: TCallForm; maxAgeYears?: number },
) {
  const now = deps.clock();
  const audit = { actor: SEEDER, label: 'demo' };
  const created = await createProgramme(deps, audit, programme);
  if (!created.ok) throw new Error(`demo programme ${programme.slug}: ${JSON.stringify(created)}`);
  await publishProgramme(deps, audit, {
    programmeId: created.programme.id,
    expectedVersion: created.programme.version,
  });
  const closesAt = parseVnDateTime(`${vnDay(new Date(now.getTime() + 30 * DAY_MS))} 17:00`)!;
  const opened = await createCall(deps, audit, {
    programmeId: created.programme.id,
    titleVi: call.titleVi,
    titleEn: call.titleEn,
    opensAt: new Date(now.getTime() - 7 * DAY_MS),
    closesAt,
    status: 'published',
    form: call.form,
    eligibility: { maxOrganizationAgeYears: call.maxAgeYears },
  });
  if (!opened.ok) throw new Error(`demo call of ${programme.slug}: ${JSON.stringify(opened)}`);
}

export async function seedProgramsDemo(deps: ClockDeps): Promise<void> {
  await publishedWithCall(deps, SPEEDUP, {
    titleVi: 'Đợt 1',
    titleEn: 'Round 1',
    form: SPEEDUP_FORM,
    maxAgeYears: 5,
  });
  await publishedWithCall(deps, ISTAR, {
    titleVi: 'Vòng sơ loại',
    titleEn: 'Preliminary round',
    form: ISTAR_FORM,
  });
}
