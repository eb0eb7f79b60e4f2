// The words of the organisation's fields added through the field declaration
// (organization-fields.ts; ARCHITECTURE.md, "Adding a field to organisations"): each field's
// label, its import column (header, hint, example) and its meaning in the open data.
export const vi = {
  'directory.org.socialLink': 'Trang mạng xã hội',
  'directory.form.socialLink.hint':
    'Fanpage Facebook, Zalo OA, LinkedIn… của tổ chức; bắt đầu bằng https://',
  'directory.import.field.socialLink': 'Mạng xã hội',
  'directory.import.hint.socialLink':
    'Địa chỉ fanpage hoặc trang mạng xã hội; thiếu "https://" sẽ được thêm.',
  'directory.import.example.socialLink': 'https://www.facebook.com/mekongxanh',
  'directory.openData.col.social_link': 'Trang mạng xã hội của tổ chức (fanpage, Zalo OA…).',
};

export const en: Record<keyof typeof vi, string> = {
  'directory.org.socialLink': 'Social media page',
  'directory.form.socialLink.hint':
    'The organisation’s Facebook fanpage, Zalo OA, LinkedIn page…; starting with https://',
  'directory.import.field.socialLink': 'Social media',
  'directory.import.hint.socialLink':
    'Address of the fanpage or social media page; a missing "https://" is added.',
  'directory.import.example.socialLink': 'https://www.facebook.com/mekongxanh',
  'directory.openData.col.social_link': 'The organisation’s social media page (fanpage, Zalo OA…).',
};
