// Published challenges: the public list and page, Q&A, the agreement, publication by the centre.
export const vi = {
  'challenges.publish.action': 'Công bố thách thức từ bài toán này',
  'challenges.error.closesBeforeOpens': 'Thời điểm đóng phải sau thời điểm mở.',
  'challenges.error.rewardRequired': 'Cần ít nhất một phần thưởng hoặc cơ hội cho đơn vị thắng.',
  'challenges.error.url': 'Nhập địa chỉ bắt đầu bằng https:// hoặc http://.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'challenges.publish.action': 'Publish a challenge from this problem',
  'challenges.error.closesBeforeOpens': 'The closing time must come after the opening time.',
  'challenges.error.rewardRequired': 'Give at least one reward or opportunity for the winner.',
  'challenges.error.url': 'Enter an address starting with https:// or http://.',
};
