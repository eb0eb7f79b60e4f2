// The sections the centre writes in a consolidated report.
export const vi = {
  'plans.official.sections': 'Nội dung do Trung tâm viết',
  'plans.official.sections.lead':
    'Mỗi dòng là một đoạn của văn bản. Khó khăn và đề xuất của các cơ quan đã nộp báo cáo được nối sau phần Trung tâm viết.',
  'plans.official.assessment': 'Đánh giá chung',
  'plans.official.assessment.hint': 'Bắt buộc: kết quả nổi bật, hạn chế và nguyên nhân.',
  'plans.official.difficulties': 'Khó khăn, vướng mắc',
  'plans.official.proposals': 'Đề xuất, kiến nghị',
  'plans.official.error.assessment': 'Hãy viết phần đánh giá chung trước khi ban hành báo cáo.',
  'plans.issued.frozen':
    'Báo cáo đã ban hành không thay đổi: số liệu và nội dung giữ nguyên như lúc cấp số.',
};

export const en: typeof vi = {
  'plans.official.sections': 'Sections the centre writes',
  'plans.official.sections.lead':
    "Each line is a paragraph of the document. The difficulties and proposals of the agencies that reported follow the centre's text.",
  'plans.official.assessment': 'Overall assessment',
  'plans.official.assessment.hint': 'Required: main results, shortcomings and their causes.',
  'plans.official.difficulties': 'Difficulties',
  'plans.official.proposals': 'Proposals',
  'plans.official.error.assessment': 'Write the overall assessment before issuing the report.',
  'plans.issued.frozen':
    'An issued report does not change: its figures and text stay as they were when it was numbered.',
};
