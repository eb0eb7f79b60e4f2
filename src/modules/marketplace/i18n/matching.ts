// Suggestions between offers and needs, with their reasons.
export const vi = {
  'marketplace.match.link': 'Gợi ý phù hợp',
  'marketplace.match.offersTitle': 'Công nghệ gợi ý cho: {title}',
  'marketplace.match.needsTitle': 'Nhu cầu gợi ý cho: {title}',
  'marketplace.match.lead':
    'Xếp theo mức phù hợp: từ ngữ chung (không phân biệt dấu, chấp nhận lỗi gõ), lĩnh vực, mức sẵn sàng, hình thức chuyển giao, ngân sách và tỉnh. Chỉ bạn và trung tâm thấy trang này.',
  'marketplace.match.none': 'Chưa có gợi ý phù hợp.',
  'marketplace.match.score': 'Mức phù hợp: {percent}%',
  'marketplace.match.reasons': 'Lý do',
  'marketplace.match.reason.words': 'Từ ngữ chung: {words}',
  'marketplace.match.reason.sectors': 'Cùng lĩnh vực: {sectors}',
  'marketplace.match.reason.trl': 'TRL ≥ {trl} (sẵn sàng ứng dụng)',
  'marketplace.match.reason.transfer': 'Hình thức chuyển giao phù hợp: {forms}',
  'marketplace.match.reason.budget': 'Giá tham khảo trong ngân sách',
  'marketplace.match.reason.province': 'Cùng tỉnh, thành phố',
  'marketplace.match.introduce': 'Đề nghị giới thiệu',
  'marketplace.match.message':
    'Nền tảng gợi ý tin này phù hợp với «{title}» của chúng tôi. Đề nghị trung tâm giới thiệu hai bên.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.match.link': 'Suggested matches',
  'marketplace.match.offersTitle': 'Technologies suggested for: {title}',
  'marketplace.match.needsTitle': 'Needs suggested for: {title}',
  'marketplace.match.lead':
    'Best fit first: words in common (diacritics and typos forgiven), sectors, readiness, forms of transfer, budget and province. Only you and the centre see this page.',
  'marketplace.match.none': 'No suggestions yet.',
  'marketplace.match.score': 'Fit: {percent}%',
  'marketplace.match.reasons': 'Why',
  'marketplace.match.reason.words': 'Words in common: {words}',
  'marketplace.match.reason.sectors': 'Same sector: {sectors}',
  'marketplace.match.reason.trl': 'TRL ≥ {trl} (ready to adopt)',
  'marketplace.match.reason.transfer': 'Fitting form of transfer: {forms}',
  'marketplace.match.reason.budget': 'Indicative price within the budget',
  'marketplace.match.reason.province': 'Same province',
  'marketplace.match.introduce': 'Ask for an introduction',
  'marketplace.match.message':
    'The platform suggests this listing fits our “{title}”. We ask the centre to introduce us.',
} as const;
