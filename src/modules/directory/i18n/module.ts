// The module as the platform shows it: navigation, work waiting, indicators, exports.
export const vi = {
  'directory.apiScope.read': 'Đọc danh bạ hệ sinh thái',
  'directory.apiScope.read.desc':
    'Xem cả những trường của tổ chức chỉ dành cho thành viên (hoặc cán bộ, nếu tài khoản là cán bộ); không có phạm vi này, khoá chỉ thấy thông tin công khai.',
  'directory.apiScope.create': 'Thêm tổ chức vào danh bạ',
  'directory.apiScope.create.desc': 'Tạo hồ sơ tổ chức mới (POST /api/v1/directory/organizations).',
  'directory.apiScope.curate': 'Biên tập danh bạ',
  'directory.apiScope.curate.desc':
    'Sửa hồ sơ tổ chức (PUT /api/v1/directory/organizations/…); chỉ dành cho cán bộ.',
  'directory.apiScope.peopleCreate': 'Thêm người vào danh bạ',
  'directory.apiScope.peopleCreate.desc':
    'Tạo hồ sơ nhà sáng lập, chuyên gia, cố vấn… (POST /api/v1/directory/people).',
  'directory.apiScope.peopleCurate': 'Biên tập hồ sơ người',
  'directory.apiScope.peopleCurate.desc':
    'Sửa hồ sơ người (PUT /api/v1/directory/people/…) và xem các thông tin cá nhân mà cán bộ được xem; chỉ dành cho cán bộ. Không có phạm vi này, khoá chỉ thấy thông tin công khai của mọi người.',
  'directory.module.title': 'Danh bạ hệ sinh thái',
  'directory.module.description':
    'Doanh nghiệp khởi nghiệp, chuyên gia, nhà đầu tư, viện, trường và tổ chức hỗ trợ.',
  'directory.indicator.innovativeStartups': 'Doanh nghiệp khởi nghiệp đổi mới sáng tạo (≤ 5 năm)',
  'directory.indicator.organizationsAdded': 'Tổ chức mới vào danh bạ',
  'directory.work.claims': '{count} yêu cầu nhận quản lý hồ sơ chờ duyệt',
  'directory.export.organizations': 'Danh bạ tổ chức (XLSX)',
};

export const en = {
  'directory.apiScope.read': 'Read the ecosystem directory',
  'directory.apiScope.read.desc':
    'See organisation fields shown only to members (or to staff, for a staff account); without this scope a key sees public information only.',
  'directory.apiScope.create': 'Add organisations to the directory',
  'directory.apiScope.create.desc':
    'Create new organisation profiles (POST /api/v1/directory/organizations).',
  'directory.apiScope.curate': 'Curate the directory',
  'directory.apiScope.curate.desc':
    'Edit organisation profiles (PUT /api/v1/directory/organizations/…); staff only.',
  'directory.apiScope.peopleCreate': 'Add people to the directory',
  'directory.apiScope.peopleCreate.desc':
    'Create profiles of founders, experts, mentors… (POST /api/v1/directory/people).',
  'directory.apiScope.peopleCurate': 'Curate people’s profiles',
  'directory.apiScope.peopleCurate.desc':
    'Edit people’s profiles (PUT /api/v1/directory/people/…) and see the personal details staff may see; staff only. Without this scope a key sees only what people made public.',
  'directory.module.title': 'Ecosystem directory',
  'directory.module.description':
    'Startups, experts, investors, institutes, universities and support organisations.',
  'directory.indicator.innovativeStartups': 'Innovative startups (≤ 5 years)',
  'directory.indicator.organizationsAdded': 'Organisations added to the directory',
  'directory.work.claims': '{count} profile claims waiting for approval',
  'directory.export.organizations': 'Organisation directory (XLSX)',
};
