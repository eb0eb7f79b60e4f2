// Introductions, deals and the funnel.
export const vi = {
  'marketplace.introduction.ask': 'Đề nghị kết nối',
  'marketplace.introduction.askLead':
    'Trung tâm sẽ xem đề nghị của bạn và giới thiệu hai bên với nhau.',
  'marketplace.indicator.offersListed': 'Công nghệ được đăng lên chợ',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.introduction.ask': 'Ask for an introduction',
  'marketplace.introduction.askLead':
    'The centre reviews your request and introduces both sides to each other.',
  'marketplace.indicator.offersListed': 'Technologies listed on the marketplace',
};
