// What a search list says when nothing matched the words as typed but close spellings did.
export const vi = {
  'search.noExactMatch': 'Không có kết quả khớp đúng «{q}»; dưới đây là các kết quả gần giống.',
  'search.didYouMean': 'Có phải bạn muốn tìm',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'search.noExactMatch': 'Nothing matches “{q}” exactly; below are close matches.',
  'search.didYouMean': 'Did you mean',
};
