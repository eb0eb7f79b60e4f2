// Why an organisation may not apply to a call (domain/eligibility.ts); one key per reason code.
// Lists in the parameters are codes; the page replaces them with their names before showing.
export const vi = {
  'programs.eligibility.too_old':
    'Tổ chức đã đăng ký kinh doanh lần đầu ngày {firstRegisteredOn}, quá {maxYears} năm (hạn cuối là ngày {lastEligibleOn}).',
  'programs.eligibility.registration_missing':
    'Chưa có ngày đăng ký kinh doanh lần đầu của tổ chức, nên chưa xác định được tổ chức có thành lập không quá {maxYears} năm hay không.',
  'programs.eligibility.registration_in_future':
    'Ngày đăng ký kinh doanh lần đầu ({firstRegisteredOn}) ở sau ngày hôm nay; hãy sửa lại hồ sơ tổ chức.',
  'programs.eligibility.province': 'Chương trình chỉ dành cho tổ chức ở: {allowed}.',
  'programs.eligibility.province_missing':
    'Hồ sơ tổ chức chưa có tỉnh, thành phố; chương trình chỉ dành cho tổ chức ở: {allowed}.',
  'programs.eligibility.sector': 'Chương trình chỉ dành cho tổ chức thuộc lĩnh vực: {allowed}.',
  'programs.eligibility.sector_missing':
    'Hồ sơ tổ chức chưa có lĩnh vực; chương trình chỉ dành cho lĩnh vực: {allowed}.',
  'programs.eligibility.stage': 'Chương trình chỉ dành cho tổ chức ở giai đoạn: {allowed}.',
  'programs.eligibility.stage_missing':
    'Hồ sơ tổ chức chưa có giai đoạn phát triển; chương trình chỉ dành cho giai đoạn: {allowed}.',
  'programs.eligibility.organization_kind':
    'Chương trình chỉ dành cho các loại hình tổ chức: {allowed}.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'programs.eligibility.too_old':
    'The organisation was first registered on {firstRegisteredOn}, more than {maxYears} years ago (the last eligible day was {lastEligibleOn}).',
  'programs.eligibility.registration_missing':
    'The organisation’s date of first business registration is missing, so it cannot be shown to be at most {maxYears} years old.',
  'programs.eligibility.registration_in_future':
    'The date of first business registration ({firstRegisteredOn}) is after today; please correct the organisation’s profile.',
  'programs.eligibility.province': 'This programme is only open to organisations in: {allowed}.',
  'programs.eligibility.province_missing':
    'The organisation’s profile has no province or city; this programme is only open to: {allowed}.',
  'programs.eligibility.sector':
    'This programme is only open to organisations in the sectors: {allowed}.',
  'programs.eligibility.sector_missing':
    'The organisation’s profile has no sector; this programme is only open to: {allowed}.',
  'programs.eligibility.stage':
    'This programme is only open to organisations at the stages: {allowed}.',
  'programs.eligibility.stage_missing':
    'The organisation’s profile has no stage; this programme is only open to: {allowed}.',
  'programs.eligibility.organization_kind':
    'This programme is only open to these kinds of organisation: {allowed}.',
};
