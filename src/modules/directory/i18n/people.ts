// People of the directory: the list, the profile, contact rules and the people's own errors.
// (A few older person keys live in pages.ts: directory.people.title, directory.person.contact, …)
export const vi = {
  'directory.tabs.label': 'Danh bạ',
  'directory.people.lead':
    'Nhà sáng lập, chuyên gia, cố vấn, nhà đầu tư và nhà nghiên cứu của hệ sinh thái.',
  'directory.people.search.label': 'Tìm theo tên, chuyên môn',
  'directory.people.search.placeholder': 'ví dụ: nguyen van duc',
  'directory.people.filter.role': 'Vai trò',
  'directory.people.filter.expertise': 'Chuyên môn',
  'directory.people.resultsFor': '{count} cá nhân cho «{q}»',
  'directory.person.roles': 'Vai trò',
  'directory.person.bio': 'Giới thiệu',
  'directory.person.email': 'E-mail',
  'directory.person.phone': 'Điện thoại',
  'directory.person.website': 'Trang web',
  'directory.person.contactViaPlatformSignedIn': 'Người này nhận liên hệ qua nền tảng.',
  'directory.person.contactByEmail': 'Người này nhận liên hệ qua e-mail.',
  'directory.person.contactHidden': 'Thông tin liên hệ của người này không được công khai.',
  'directory.person.contactLogIn': 'Hãy đăng nhập để xem thông tin liên hệ.',
  'directory.person.visibleTo.members': 'chỉ thành viên đã đăng nhập thấy',
  'directory.person.visibleTo.staff': 'chỉ cán bộ quản lý thấy',
  'directory.person.noOrganizations': 'Chưa liên kết với tổ chức nào.',
  'directory.affiliation.founder': 'Nhà sáng lập',
  'directory.affiliation.executive': 'Ban điều hành',
  'directory.affiliation.employee': 'Nhân sự',
  'directory.affiliation.advisor': 'Cố vấn',
  'directory.affiliation.mentor': 'Người hướng dẫn (mentor)',
  'directory.affiliation.investor': 'Nhà đầu tư',
  'directory.affiliation.researcher': 'Nhà nghiên cứu',
  'directory.affiliation.member': 'Thành viên',
  'directory.person.error.expertiseCount': 'Tối đa 20 chuyên môn.',
  'directory.person.error.language':
    'Không nhận ra ngôn ngữ này; nhập mã hai chữ cái (vi, en, ja…) hoặc tên ngôn ngữ.',
  'directory.person.error.externalIdTaken': 'Mã tham chiếu này đã thuộc về một người khác.',
  'directory.person.error.linksCount': 'Tối đa 10 liên kết.',
  'directory.person.actions.yours': 'Đây là hồ sơ của bạn.',
  'directory.people.add': 'Thêm một người',
  'directory.people.createOwn': 'Tạo hồ sơ cá nhân của bạn',
  'directory.personForm.createTitle': 'Thêm một người vào danh bạ',
  'directory.personForm.createOwnTitle': 'Tạo hồ sơ cá nhân của bạn',
  'directory.personForm.createLead':
    'Ghi nhận một nhà sáng lập, chuyên gia, cố vấn, nhà đầu tư hoặc nhà nghiên cứu. Hồ sơ chưa gắn với tài khoản nào; chỉ cán bộ quản lý được sửa.',
  'directory.personForm.createOwnLead':
    'Hồ sơ gắn với tài khoản của bạn: chỉ bạn và cán bộ quản lý được sửa. Mỗi tài khoản có một hồ sơ cá nhân.',
  'directory.personForm.editTitle': 'Sửa hồ sơ «{name}»',
  'directory.personForm.requiredNote': 'Trường có dấu * là bắt buộc: họ và tên.',
  'directory.personForm.section.general': 'Thông tin chung',
  'directory.personForm.section.about': 'Giới thiệu và chuyên môn',
  'directory.personForm.section.contact': 'Liên hệ và dữ liệu cá nhân',
  'directory.personForm.section.consent': 'Đồng ý',
  'directory.personForm.fullName': 'Họ và tên *',
  'directory.personForm.fullName.hint':
    'Viết đầy đủ trong một ô, như người đó vẫn viết, ví dụ Nguyễn Thị Minh Khai.',
  'directory.personForm.roles': 'Vai trò trong hệ sinh thái',
  'directory.personForm.headline': 'Chức danh hoặc một dòng giới thiệu',
  'directory.personForm.headline.hint': 'Ví dụ: Nhà sáng lập Nông nghiệp Xanh, chuyên gia IoT.',
  'directory.personForm.bioVi': 'Giới thiệu (tiếng Việt)',
  'directory.personForm.bioEn': 'Giới thiệu (tiếng Anh)',
  'directory.personForm.bio': 'Phần giới thiệu',
  'directory.personForm.expertise': 'Chuyên môn',
  'directory.personForm.expertise.hint':
    'Mỗi dòng một chuyên môn, hoặc ngăn cách bằng dấu phẩy; tối đa 20.',
  'directory.personForm.languages': 'Ngôn ngữ sử dụng',
  'directory.personForm.languages.hint':
    'Tên hoặc mã ngôn ngữ, ngăn cách bằng dấu phẩy, ví dụ: Tiếng Việt, English, ja.',
  'directory.personForm.links': 'Liên kết khác',
  'directory.personForm.links.hint':
    'Mỗi dòng một liên kết, có thể kèm nhãn, ví dụ «LinkedIn: https://www.linkedin.com/in/…». Các liên kết này luôn công khai.',
  'directory.personForm.contactPreference': 'Cách nhận liên hệ',
  'directory.personForm.contactPreference.hint':
    'Qua nền tảng: người khác nhắn qua InnoHub mà không thấy e-mail hay điện thoại.',
  'directory.personForm.contact.platform': 'Qua nền tảng InnoHub',
  'directory.personForm.contact.email': 'Qua e-mail',
  'directory.personForm.contact.none': 'Không nhận liên hệ',
  'directory.personForm.privacy.title': 'Dữ liệu cá nhân',
  'directory.personForm.privacy.body':
    'E-mail, điện thoại, trang web, tỉnh/thành và phần giới thiệu là dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15). Mỗi trường chỉ hiện với những người được chọn ở ô «Ai được xem» ngay dưới nó; mặc định e-mail và điện thoại chỉ cán bộ quản lý thấy. Trung tâm chỉ dùng các dữ liệu này để giới thiệu hồ sơ trong danh bạ và kết nối hệ sinh thái.',
  'directory.personForm.privacy.rights':
    'Người có hồ sơ có quyền xem, sửa, hạn chế hiển thị, rút lại sự đồng ý và yêu cầu xoá hồ sơ; hãy liên hệ Trung tâm để thực hiện các quyền này.',
  'directory.personForm.consent':
    'Tôi đồng ý để Trung tâm xử lý các dữ liệu cá nhân tôi nhập ở trên nhằm đăng hồ sơ của tôi trong danh bạ, hiển thị theo các lựa chọn «Ai được xem» của tôi. *',
  'directory.personForm.confirm':
    'Tôi xác nhận người này đã đồng ý cho đăng hồ sơ với các thông tin trên, theo các lựa chọn «Ai được xem». *',
  'directory.personForm.own': 'Đây là hồ sơ của chính tôi (gắn với tài khoản của tôi)',
  'directory.personForm.created':
    'Đã tạo hồ sơ. Bạn có thể liên kết hồ sơ với các tổ chức ở cuối trang.',
  'directory.personForm.hasProfile.title': 'Bạn đã có hồ sơ cá nhân',
  'directory.personForm.hasProfile.body':
    'Mỗi tài khoản có một hồ sơ cá nhân; chưa có gì được lưu thêm. Bạn có thể xem hoặc sửa hồ sơ của mình.',
  'directory.personForm.organizations': 'Tổ chức',
  'directory.personForm.organizations.lead':
    'Bạn có thể liên kết hồ sơ với những tổ chức mà bạn quản lý hồ sơ; với tổ chức khác, hãy nhờ cán bộ quản lý.',
  'directory.personForm.organizations.addTitle': 'Thêm liên kết với một tổ chức',
  'directory.personForm.organization': 'Tổ chức *',
  'directory.personForm.organization.hint':
    'Dán địa chỉ trang của tổ chức trong danh bạ, hoặc phần cuối của địa chỉ, ví dụ cong-ty-nong-nghiep-xanh.',
  'directory.personForm.affiliationRole': 'Vai trò tại tổ chức',
  'directory.personForm.affiliationTitle': 'Chức danh (nếu có)',
  'directory.personForm.link': 'Thêm liên kết',
  'directory.personForm.unlink': 'Gỡ liên kết',
  'directory.personForm.unlinkLabel': 'Gỡ liên kết với {name}',
  'directory.personForm.linked': 'Đã thêm liên kết với tổ chức.',
  'directory.personForm.unlinked': 'Đã gỡ liên kết với tổ chức.',
  'directory.personForm.error.consent': 'Cần sự đồng ý của bạn để tạo hồ sơ.',
  'directory.personForm.error.confirm': 'Hãy xác nhận người này đã đồng ý cho đăng hồ sơ.',
  'directory.personForm.error.language':
    'Không nhận ra ngôn ngữ «{value}»; nhập tên (Tiếng Anh, English) hoặc mã hai chữ cái (en).',
  'directory.personForm.error.link':
    'Dòng «{line}» không phải một liên kết; liên kết bắt đầu bằng https:// hoặc http://.',
  'directory.personForm.error.organization': 'Không tìm thấy tổ chức này trong danh bạ.',
  'directory.personForm.error.organizationNotManaged':
    'Bạn chỉ có thể liên kết với tổ chức mà bạn quản lý hồ sơ; với tổ chức khác, hãy nhờ cán bộ quản lý.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'directory.tabs.label': 'Directory',
  'directory.people.lead':
    'The founders, experts, mentors, investors and researchers of the ecosystem.',
  'directory.people.search.label': 'Search by name or expertise',
  'directory.people.search.placeholder': 'e.g. nguyen van duc',
  'directory.people.filter.role': 'Role',
  'directory.people.filter.expertise': 'Expertise',
  'directory.people.resultsFor': '{count} people for “{q}”',
  'directory.person.roles': 'Roles',
  'directory.person.bio': 'About',
  'directory.person.email': 'E-mail',
  'directory.person.phone': 'Phone',
  'directory.person.website': 'Website',
  'directory.person.contactViaPlatformSignedIn':
    'This person accepts contact through the platform.',
  'directory.person.contactByEmail': 'This person accepts contact by e-mail.',
  'directory.person.contactHidden': "This person's contact details are not public.",
  'directory.person.contactLogIn': 'Log in to see the contact details.',
  'directory.person.visibleTo.members': 'visible to signed-in members only',
  'directory.person.visibleTo.staff': 'visible to staff only',
  'directory.person.noOrganizations': 'Not linked to any organisation yet.',
  'directory.affiliation.founder': 'Founder',
  'directory.affiliation.executive': 'Executive',
  'directory.affiliation.employee': 'Staff',
  'directory.affiliation.advisor': 'Advisor',
  'directory.affiliation.mentor': 'Mentor',
  'directory.affiliation.investor': 'Investor',
  'directory.affiliation.researcher': 'Researcher',
  'directory.affiliation.member': 'Member',
  'directory.person.error.expertiseCount': 'At most 20 areas of expertise.',
  'directory.person.error.language':
    'Unknown language; enter a two-letter code (vi, en, ja…) or the language’s name.',
  'directory.person.error.externalIdTaken': 'This reference already belongs to another person.',
  'directory.person.error.linksCount': 'At most 10 links.',
  'directory.person.actions.yours': 'This is your profile.',
  'directory.people.add': 'Add a person',
  'directory.people.createOwn': 'Create your personal profile',
  'directory.personForm.createTitle': 'Add a person to the directory',
  'directory.personForm.createOwnTitle': 'Create your personal profile',
  'directory.personForm.createLead':
    'Record a founder, expert, mentor, investor or researcher. The profile belongs to no account; only staff can edit it.',
  'directory.personForm.createOwnLead':
    'The profile belongs to your account: only you and the staff can edit it. Each account has one personal profile.',
  'directory.personForm.editTitle': 'Edit “{name}”',
  'directory.personForm.requiredNote': 'Fields marked * are required: the full name.',
  'directory.personForm.section.general': 'General information',
  'directory.personForm.section.about': 'About and expertise',
  'directory.personForm.section.contact': 'Contact and personal data',
  'directory.personForm.section.consent': 'Consent',
  'directory.personForm.fullName': 'Full name *',
  'directory.personForm.fullName.hint':
    'In full, in one box, as the person writes it, e.g. Nguyễn Thị Minh Khai.',
  'directory.personForm.roles': 'Roles in the ecosystem',
  'directory.personForm.headline': 'Headline',
  'directory.personForm.headline.hint': 'E.g. Founder of Nông nghiệp Xanh, IoT expert.',
  'directory.personForm.bioVi': 'About (Vietnamese)',
  'directory.personForm.bioEn': 'About (English)',
  'directory.personForm.bio': 'About',
  'directory.personForm.expertise': 'Expertise',
  'directory.personForm.expertise.hint': 'One area a line, or separated by commas; at most 20.',
  'directory.personForm.languages': 'Languages',
  'directory.personForm.languages.hint':
    'Names or codes separated by commas, e.g. Tiếng Việt, English, ja.',
  'directory.personForm.links': 'Other links',
  'directory.personForm.links.hint':
    'One link a line, with a label if you like, e.g. “LinkedIn: https://www.linkedin.com/in/…”. These links are always public.',
  'directory.personForm.contactPreference': 'How to be contacted',
  'directory.personForm.contactPreference.hint':
    'Through the platform: others write through InnoHub without seeing the e-mail or phone.',
  'directory.personForm.contact.platform': 'Through the InnoHub platform',
  'directory.personForm.contact.email': 'By e-mail',
  'directory.personForm.contact.none': 'Not at all',
  'directory.personForm.privacy.title': 'Personal data',
  'directory.personForm.privacy.body':
    'E-mail, phone, website, province and the about text are personal data under the Personal Data Protection Law (Law 91/2025/QH15). Each is shown only to the people chosen in the “Who can see” box just below it; by default the e-mail and phone are seen by staff only. The centre uses these data only to present the profile in the directory and to connect the ecosystem.',
  'directory.personForm.privacy.rights':
    'The person has the right to see, correct and restrict their data, to withdraw consent and to ask for the profile to be deleted; contact the centre to do so.',
  'directory.personForm.consent':
    'I agree that the centre processes the personal data I entered above to publish my profile in the directory, shown as my “Who can see” choices say. *',
  'directory.personForm.confirm':
    'I confirm that this person agreed to be listed with the details above, shown as the “Who can see” choices say. *',
  'directory.personForm.own': 'This is my own profile (link it to my account)',
  'directory.personForm.created':
    'Profile created. You can link it to organisations at the end of the page.',
  'directory.personForm.hasProfile.title': 'You already have a personal profile',
  'directory.personForm.hasProfile.body':
    'Each account has one personal profile; nothing more was saved. You can view or edit yours.',
  'directory.personForm.organizations': 'Organisations',
  'directory.personForm.organizations.lead':
    'You can link the profile to organisations whose profiles you manage; for others, ask the staff.',
  'directory.personForm.organizations.addTitle': 'Link to an organisation',
  'directory.personForm.organization': 'Organisation *',
  'directory.personForm.organization.hint':
    'Paste the address of the organisation’s page in the directory, or its last part, e.g. cong-ty-nong-nghiep-xanh.',
  'directory.personForm.affiliationRole': 'Role there',
  'directory.personForm.affiliationTitle': 'Title (optional)',
  'directory.personForm.link': 'Add the link',
  'directory.personForm.unlink': 'Remove',
  'directory.personForm.unlinkLabel': 'Remove the link to {name}',
  'directory.personForm.linked': 'Linked to the organisation.',
  'directory.personForm.unlinked': 'Link to the organisation removed.',
  'directory.personForm.error.consent': 'Your consent is needed to create the profile.',
  'directory.personForm.error.confirm': 'Confirm that this person agreed to be listed.',
  'directory.personForm.error.language':
    'Unknown language “{value}”; enter its name (Tiếng Anh, English) or two-letter code (en).',
  'directory.personForm.error.link':
    'The line “{line}” is not a link; links start with https:// or http://.',
  'directory.personForm.error.organization': 'No such organisation in the directory.',
  'directory.personForm.error.organizationNotManaged':
    'You can only link organisations whose profiles you manage; for others, ask the staff.',
};
