// Import of people: column names (also the template's headers), hints, template examples and
// the people-specific messages, beside the shared import texts in import-export.ts.
export const vi = {
  'directory.import.subject': 'Tệp chứa',
  'directory.import.subject.organizations': 'Tổ chức (doanh nghiệp, vườn ươm, viện, quỹ…)',
  'directory.import.subject.people': 'Cá nhân (nhà sáng lập, chuyên gia, cố vấn, nhà đầu tư…)',
  'directory.import.subjectShort.organizations': 'Tổ chức',
  'directory.import.subjectShort.people': 'Cá nhân',
  'directory.import.upload.templatePeople': 'Tải tệp mẫu cá nhân (CSV)',

  'directory.importPeople.field.fullName': 'Họ và tên',
  'directory.importPeople.field.roles': 'Vai trò',
  'directory.importPeople.field.headline': 'Chức danh',
  'directory.importPeople.field.expertise': 'Chuyên môn',
  'directory.importPeople.field.languages': 'Ngôn ngữ',
  'directory.importPeople.field.provinceCode': 'Tỉnh/thành',
  'directory.importPeople.field.email': 'E-mail',
  'directory.importPeople.field.phone': 'Điện thoại',
  'directory.importPeople.field.website': 'Website',
  'directory.importPeople.field.bioVi': 'Giới thiệu',
  'directory.importPeople.field.bioEn': 'Giới thiệu tiếng Anh',
  'directory.importPeople.field.organization': 'Tổ chức',
  'directory.importPeople.field.affiliationRole': 'Vai trò tại tổ chức',
  'directory.importPeople.field.affiliationTitle': 'Chức vụ',
  'directory.importPeople.field.externalId': 'Mã tham chiếu',

  'directory.importPeople.hint.fullName':
    'Bắt buộc khi tạo mới: họ, tên đệm và tên, viết liền như người đó viết.',
  'directory.importPeople.hint.roles':
    'Nhà sáng lập, Chuyên gia, Cố vấn, Nhà đầu tư, Nhà nghiên cứu (hoặc mã founder, expert…), cách nhau bằng dấu chấm phẩy.',
  'directory.importPeople.hint.headline':
    'Một dòng giới thiệu dưới tên (tối đa 200 ký tự), ví dụ "Nhà sáng lập Mê Kông Xanh".',
  'directory.importPeople.hint.expertise':
    'Tối đa 20 chuyên môn (mỗi cái tối đa 60 ký tự), cách nhau bằng dấu chấm phẩy hoặc dấu phẩy.',
  'directory.importPeople.hint.languages':
    'Tên hoặc mã ngôn ngữ: "Tiếng Anh", "English" hay "en"; cách nhau bằng dấu chấm phẩy.',
  'directory.importPeople.hint.provinceCode':
    'Tên hoặc mã tỉnh, thành phố; tên trước 01/7/2025 được chuyển sang đơn vị mới (Bình Dương → TP Hồ Chí Minh).',
  'directory.importPeople.hint.email':
    'Địa chỉ e-mail. Khi tạo mới, chỉ cán bộ quản lý thấy cho đến khi người đó cho phép công khai.',
  'directory.importPeople.hint.phone':
    'Số điện thoại; khi tạo mới, chỉ cán bộ quản lý thấy. Số 0 đầu bị Excel bỏ mất sẽ được thêm lại.',
  'directory.importPeople.hint.website': 'Trang cá nhân; thiếu "https://" sẽ được thêm.',
  'directory.importPeople.hint.bioVi': 'Giới thiệu bằng tiếng Việt (tối đa 5.000 ký tự).',
  'directory.importPeople.hint.bioEn': 'Giới thiệu bằng tiếng Anh (tối đa 5.000 ký tự).',
  'directory.importPeople.hint.organization':
    'Mã số thuế hoặc địa chỉ trang (…/directory/organizations/ten-to-chuc) của một tổ chức đã có trong danh bạ: người này được liên kết với tổ chức đó.',
  'directory.importPeople.hint.affiliationRole':
    'Nhà sáng lập, Ban điều hành, Nhân sự, Cố vấn, Người hướng dẫn, Nhà đầu tư, Nhà nghiên cứu hoặc Thành viên. Để trống: suy ra từ vai trò của người đó.',
  'directory.importPeople.hint.affiliationTitle':
    'Chức vụ tại tổ chức (tối đa 120 ký tự), ví dụ "Giám đốc công nghệ".',
  'directory.importPeople.hint.externalId':
    'Mã trong hồ sơ của bạn; nhận ra người đã có, để nhập lại tệp chỉ cập nhật chứ không tạo bản trùng.',

  'directory.importPeople.example.fullName': 'Nguyễn Thị Minh Anh',
  'directory.importPeople.example.roles': 'Nhà sáng lập; Cố vấn',
  'directory.importPeople.example.headline': 'Nhà sáng lập Mê Kông Xanh, chuyên gia cảm biến IoT',
  'directory.importPeople.example.expertise': 'IoT; Nông nghiệp công nghệ cao; Gọi vốn',
  'directory.importPeople.example.languages': 'Tiếng Việt; Tiếng Anh',
  'directory.importPeople.example.provinceCode': 'Cần Thơ',
  'directory.importPeople.example.email': 'minhanh@mekongxanh.example.vn',
  'directory.importPeople.example.phone': '0907 123 456',
  'directory.importPeople.example.website': 'https://mekongxanh.example.vn/minh-anh',
  'directory.importPeople.example.bioVi':
    'Kỹ sư điện tử, mười năm làm cảm biến cho nông nghiệp vùng Đồng bằng sông Cửu Long.',
  'directory.importPeople.example.bioEn':
    'Electronics engineer; ten years of sensors for farming in the Mekong Delta.',
  'directory.importPeople.example.organization': '0301442379',
  'directory.importPeople.example.affiliationRole': 'Nhà sáng lập',
  'directory.importPeople.example.affiliationTitle': 'Giám đốc điều hành',
  'directory.importPeople.example.externalId': 'NS-2024-0001',

  'directory.importPeople.columns.title': 'Các cột được nhận: cá nhân',
  'directory.importPeople.privacy':
    'E-mail và điện thoại của người mới chỉ cán bộ quản lý thấy, cho đến khi người đó cho phép công khai; người đã có giữ nguyên thiết lập hiển thị của mình.',
  'directory.importPeople.warn.noColumns':
    'Không nhận ra cột nào. Dòng đầu tiên của tệp phải là tên cột, ví dụ "Họ và tên", "Vai trò".',
  'directory.importPeople.warn.noName':
    'Không có cột họ và tên: chỉ cập nhật được những người đã có (theo mã tham chiếu).',
  'directory.importPeople.warn.noKey':
    'Không có cột mã tham chiếu: mọi dòng sẽ được tạo mới, và nhập lại tệp sẽ tạo bản trùng.',
  'directory.importPeople.seeDirectory': 'Xem danh bạ cá nhân',
  'directory.importPeople.error.archived':
    'Hồ sơ người này đã được lưu trữ; hãy khôi phục trước khi nhập.',
  'directory.importPeople.error.organizationUnknown':
    'Không tìm thấy tổ chức «{value}» trong danh bạ; hãy ghi mã số thuế hoặc địa chỉ trang của tổ chức.',
  'directory.importPeople.error.organizationGone':
    'Tổ chức «{value}» đã được lưu trữ hoặc gộp vào hồ sơ khác.',
  'directory.importPeople.error.organizationMissing':
    'Có vai trò hoặc chức vụ tại tổ chức nhưng chưa ghi tổ chức nào.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'directory.import.subject': 'The file holds',
  'directory.import.subject.organizations':
    'Organisations (companies, incubators, institutes, funds…)',
  'directory.import.subject.people': 'People (founders, experts, mentors, investors…)',
  'directory.import.subjectShort.organizations': 'Organisations',
  'directory.import.subjectShort.people': 'People',
  'directory.import.upload.templatePeople': 'Download the people template (CSV)',

  'directory.importPeople.field.fullName': 'Full name',
  'directory.importPeople.field.roles': 'Roles',
  'directory.importPeople.field.headline': 'Headline',
  'directory.importPeople.field.expertise': 'Expertise',
  'directory.importPeople.field.languages': 'Languages',
  'directory.importPeople.field.provinceCode': 'Province/City',
  'directory.importPeople.field.email': 'E-mail',
  'directory.importPeople.field.phone': 'Phone',
  'directory.importPeople.field.website': 'Website',
  'directory.importPeople.field.bioVi': 'About',
  'directory.importPeople.field.bioEn': 'About (English)',
  'directory.importPeople.field.organization': 'Organisation',
  'directory.importPeople.field.affiliationRole': 'Role at organisation',
  'directory.importPeople.field.affiliationTitle': 'Position',
  'directory.importPeople.field.externalId': 'External id',

  'directory.importPeople.hint.fullName':
    'Required for new people: the whole name as the person writes it.',
  'directory.importPeople.hint.roles':
    'Founder, Expert, Mentor, Investor, Researcher (or their Vietnamese names), separated by semicolons.',
  'directory.importPeople.hint.headline':
    'One line under the name (at most 200 characters), e.g. "Founder of Mê Kông Xanh".',
  'directory.importPeople.hint.expertise':
    'Up to 20 areas (each at most 60 characters), separated by semicolons or commas.',
  'directory.importPeople.hint.languages':
    'A language’s name or code: "Tiếng Anh", "English" or "en"; separated by semicolons.',
  'directory.importPeople.hint.provinceCode':
    'Name or code of the province or city; names from before 1 July 2025 are mapped to the new units (Bình Dương → Ho Chi Minh City).',
  'directory.importPeople.hint.email':
    'E-mail address. For new people, visible to staff only until the person makes it public.',
  'directory.importPeople.hint.phone':
    'Phone number; for new people, visible to staff only. A leading zero Excel dropped is put back.',
  'directory.importPeople.hint.website': 'Personal page; "https://" is added when missing.',
  'directory.importPeople.hint.bioVi': 'About the person in Vietnamese (at most 5,000 characters).',
  'directory.importPeople.hint.bioEn': 'About the person in English (at most 5,000 characters).',
  'directory.importPeople.hint.organization':
    'Tax code or page address (…/directory/organizations/organisation-name) of an organisation already in the directory: the person is linked to it.',
  'directory.importPeople.hint.affiliationRole':
    'Founder, Executive, Staff, Advisor, Mentor, Investor, Researcher or Member. Empty: taken from the person’s roles.',
  'directory.importPeople.hint.affiliationTitle':
    'The person’s position there (at most 120 characters), e.g. "Chief technology officer".',
  'directory.importPeople.hint.externalId':
    'The id in your own records; finds people already imported, so that importing again updates them instead of duplicating them.',

  'directory.importPeople.example.fullName': 'Nguyễn Thị Minh Anh',
  'directory.importPeople.example.roles': 'Founder; Mentor',
  'directory.importPeople.example.headline': 'Founder of Mê Kông Xanh, IoT sensor expert',
  'directory.importPeople.example.expertise': 'IoT; High-tech agriculture; Fundraising',
  'directory.importPeople.example.languages': 'Vietnamese; English',
  'directory.importPeople.example.provinceCode': 'Cần Thơ',
  'directory.importPeople.example.email': 'minhanh@mekongxanh.example.vn',
  'directory.importPeople.example.phone': '0907 123 456',
  'directory.importPeople.example.website': 'https://mekongxanh.example.vn/minh-anh',
  'directory.importPeople.example.bioVi':
    'Kỹ sư điện tử, mười năm làm cảm biến cho nông nghiệp vùng Đồng bằng sông Cửu Long.',
  'directory.importPeople.example.bioEn':
    'Electronics engineer; ten years of sensors for farming in the Mekong Delta.',
  'directory.importPeople.example.organization': '0301442379',
  'directory.importPeople.example.affiliationRole': 'Founder',
  'directory.importPeople.example.affiliationTitle': 'Chief executive officer',
  'directory.importPeople.example.externalId': 'NS-2024-0001',

  'directory.importPeople.columns.title': 'Accepted columns: people',
  'directory.importPeople.privacy':
    'E-mail and phone of new people are visible to staff only until the person makes them public; people already in the directory keep their own visibility settings.',
  'directory.importPeople.warn.noColumns':
    'No column was recognised. The first row of the file must hold the column names, e.g. "Full name", "Roles".',
  'directory.importPeople.warn.noName':
    'No name column: only people already in the directory (by external id) can be updated.',
  'directory.importPeople.warn.noKey':
    'No external id column: every row will be created as new, and importing the file again will create duplicates.',
  'directory.importPeople.seeDirectory': 'See the people directory',
  'directory.importPeople.error.archived':
    'This person’s profile is archived; restore it before importing.',
  'directory.importPeople.error.organizationUnknown':
    'No organisation “{value}” in the directory; give its tax code or page address.',
  'directory.importPeople.error.organizationGone':
    'The organisation “{value}” has been archived or merged into another profile.',
  'directory.importPeople.error.organizationMissing':
    'A role or position at an organisation is given, but no organisation.',
};
