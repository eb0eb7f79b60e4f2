// National-scale open-innovation data for the challenges benchmark, written in code in a few
// set-based statements (generate_series), so it takes seconds on either engine: 200 problem
// owners and 2,000 startups in the directory, 800 approved problems, 1,000 challenges (200 of
// them a second track) each with its programmes call, 20,000 submitted solutions (20 a call)
// and 500 pilots (a third of them ended adopted or contracted with a value). Problems are
// brought over 2024-2026, so one year's conversion figures cover about a third of them.
import { openDeps } from '../../src/boot';
import { loadConfig } from '../../src/platform/config/config';

export const SIZES = {
  owners: 200,
  startups: 2000,
  problems: 800,
  challenges: 1000,
  perCall: 20,
  pilots: 500,
};
/** The challenge page the benchmark opens (an open one with its indicators and Q&A). */
export const BENCH_CHALLENGE = 'thach-thuc-1';

const SECTOR_LIST = `array['healthtech','edtech','govtech','agritech','fintech','logistics','tourism','cleantech']`;
const uuid = (kind: string, i: string) =>
  // Deterministic UUIDs from a kind and a number: the rows refer to each other without a lookup.
  `(md5('${kind}-' || ${i})::uuid)`;

const STATEMENTS = [
  `insert into directory_organizations (id, slug, kind, legal_name, name_search, sort_key, province_code)
   select ${uuid('owner', 'i')}, 'so-ban-nganh-' || i, case when i % 4 = 0 then 'enterprise' else 'government_agency' end,
          'Sở Ban ngành số ' || i, 'so ban nganh so ' || i, 'so ban nganh so ' || lpad(i::text, 5, '0'), '68'
     from generate_series(1, ${SIZES.owners}) i`,
  `insert into directory_organizations (id, slug, kind, legal_name, name_search, sort_key, province_code)
   select ${uuid('startup', 'i')}, 'khoi-nghiep-' || i, 'startup', 'Công ty Khởi nghiệp số ' || i,
          'cong ty khoi nghiep so ' || i, 'cong ty khoi nghiep so ' || lpad(i::text, 5, '0'), '68'
     from generate_series(1, ${SIZES.startups}) i`,
  `insert into challenges_problems (id, owner_organization_id, status, title, sector, who_suffers, current_process,
          evidence, indicators, budget_vnd, submitted_at, approved_at, created_at, updated_at)
   select ${uuid('problem', 'i')}, ${uuid('owner', `(1 + i % ${SIZES.owners})`)}, 'approved',
          'Bài toán số ' || i || ': giảm thời gian xử lý hồ sơ', (${SECTOR_LIST})[1 + i % 8],
          'Người dân và doanh nghiệp.', 'Xử lý thủ công trên giấy.', 'Thời gian chờ trung bình 12 ngày.',
          '[{"name":"Thời gian xử lý","unit":"days","baseline":12,"target":3}]'::jsonb, 500000000,
          timestamptz '2024-01-01 08:00+07' + (i % 1095) * interval '1 day',
          timestamptz '2024-01-15 08:00+07' + (i % 1095) * interval '1 day', now(), now()
     from generate_series(1, ${SIZES.problems}) i`,
  `insert into programs_programmes (id, slug, kind, title_vi, status)
   select ${uuid('programme', 'i')}, 'thach-thuc-' || i, 'challenge', 'Giải pháp cho thách thức số ' || i, 'published'
     from generate_series(1, ${SIZES.challenges}) i`,
  `insert into programs_calls (id, programme_id, slug, title_vi, opens_at, closes_at, form, eligibility)
   select ${uuid('call', 'i')}, ${uuid('programme', 'i')}, 'giai-phap', 'Nhận giải pháp',
          timestamptz '2024-02-01 08:00+07' + (i % 1095) * interval '1 day',
          timestamptz '2024-04-01 17:00+07' + (i % 1095) * interval '1 day',
          '{"questions":[]}'::jsonb, '{}'::jsonb
     from generate_series(1, ${SIZES.challenges}) i`,
  // Challenges 1-800 are the problems' first tracks, 801-1000 a second track of problems 1-200.
  `insert into challenges_challenges (id, problem_id, slug, track, title, summary, agreement_text, status, opens_at,
          closes_at, owner_organization_id, sector, search_key, call_id, call_apply_path, published_at, created_at, updated_at)
   select ${uuid('challenge', 'i')}, ${uuid('problem', `(1 + (i - 1) % ${SIZES.problems})`)}, 'thach-thuc-' || i,
          case when i > ${SIZES.problems} then 'Nhánh 2' else '' end,
          'Thách thức số ' || i || ': số hoá tiếp nhận hồ sơ', 'Tìm giải pháp số hoá tiếp nhận và xử lý hồ sơ.',
          'Quyền sở hữu trí tuệ thuộc về đơn vị đề xuất.',
          case when i % 10 < 3 then 'open' when i % 10 < 8 then 'closed' else 'solved' end,
          timestamptz '2024-02-01 08:00+07' + (i % 1095) * interval '1 day',
          case when i % 10 < 3 then timestamptz '2030-01-01 17:00+07'
               else timestamptz '2024-04-01 17:00+07' + (i % 1095) * interval '1 day' end,
          ${uuid('owner', `(1 + ((i - 1) % ${SIZES.problems} + 1) % ${SIZES.owners})`)}, (${SECTOR_LIST})[1 + ((i - 1) % ${SIZES.problems} + 1) % 8],
          'thach thuc so ' || i || ' so hoa tiep nhan ho so', ${uuid('call', 'i')},
          '/programmes/thach-thuc-' || i || '/calls/giai-phap/apply',
          timestamptz '2024-01-20 08:00+07' + (i % 1095) * interval '1 day', now(), now()
     from generate_series(1, ${SIZES.challenges}) i`,
  `insert into programs_applications (call_id, organization_id, status, answers, receipt_number, submitted_at, created_by)
   select ${uuid('call', 'c')}, ${uuid('startup', `(1 + (c * ${SIZES.perCall} + j) % ${SIZES.startups})`)}, 'submitted', '{}'::jsonb,
          'TT' || c || '-' || j, timestamptz '2024-03-01 08:00+07' + (c % 1095) * interval '1 day', 'bench'
     from generate_series(1, ${SIZES.challenges}) c, generate_series(1, ${SIZES.perCall}) j`,
  `insert into challenges_pilots (challenge_id, owner_organization_id, solver_organization_id, status, scope, indicators,
          starts_at, ends_at, check_in_every_weeks, signed_at, outcome, contract_value_vnd, contract_number, ended_at)
   select ${uuid('challenge', 'i')}, c.owner_organization_id,
          ${uuid('startup', `(1 + (i * ${SIZES.perCall} + 1) % ${SIZES.startups})`)},
          case when i % 3 = 0 then 'ended' else 'running' end, 'Thử nghiệm tại một đơn vị.', p.indicators,
          c.closes_at, c.closes_at + interval '120 days', 4, c.closes_at,
          case when i % 6 = 0 then 'contracted' when i % 3 = 0 then 'adopted' end,
          case when i % 6 = 0 then 250000000 + i * 1000000 end,
          case when i % 6 = 0 then 'HĐ-' || i else '' end,
          case when i % 3 = 0 then c.closes_at + interval '120 days' end
     from generate_series(1, ${SIZES.pilots}) i
     join challenges_challenges c on c.id = ${uuid('challenge', 'i')}
     join challenges_problems p on p.id = c.problem_id`,
];

/** Writes the data into the (migrated) database of `env`; seconds it took. */
export async function setUpChallengesBench(env: Record<string, string>): Promise<number> {
  const deps = await openDeps(loadConfig(env));
  const began = performance.now();
  try {
    for (const statement of STATEMENTS) await deps.database.query(statement);
    await deps.database.query('analyze');
    return (performance.now() - began) / 1000;
  } finally {
    await deps.database.close();
  }
}
