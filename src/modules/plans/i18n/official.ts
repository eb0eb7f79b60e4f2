// The sections the centre writes in a consolidated report; evidence files on agencies' reports.
export const vi = {
  'plans.target.reportingAgency': 'Cơ quan báo cáo số liệu',
  'plans.target.reportingAgency.hint':
    'Với chỉ tiêu nhập số liệu: cơ quan ghi giá trị trong báo cáo định kỳ; giá trị được ghi nhận khi Trung tâm chấp nhận báo cáo.',
  'plans.target.reportingAgency.none': 'Trung tâm tự nhập',
  'plans.report.targets': 'Giá trị chỉ tiêu',
  'plans.report.targetValue': '{code}. {name} ({unit})',
  'plans.evidence.title': 'Tài liệu minh chứng',
  'plans.evidence.add': 'Thêm tài liệu minh chứng',
  'plans.evidence.hint':
    'PDF, Word, Excel, PowerPoint hoặc ảnh PNG/JPEG; tối đa 5 tệp, mỗi tệp 10 MB.',
  'plans.evidence.remove': 'Bỏ tài liệu minh chứng đã gửi kèm',
  'plans.evidence.wrongType':
    'Tệp minh chứng phải là PDF, Word, Excel, PowerPoint hoặc ảnh PNG/JPEG (kiểm tra theo nội dung tệp).',
  'plans.evidence.tooLarge': 'Mỗi tệp minh chứng tối đa {max} MB.',
  'plans.evidence.tooMany': 'Mỗi nhiệm vụ có tối đa {max} tệp minh chứng.',
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
  'plans.target.reportingAgency': 'Agency reporting the figure',
  'plans.target.reportingAgency.hint':
    'For an entered target: the agency gives the value in its periodic reports; it is recorded when the centre accepts the report.',
  'plans.target.reportingAgency.none': 'Entered by the centre',
  'plans.report.targets': 'Values of targets',
  'plans.report.targetValue': '{code}. {name} ({unit})',
  'plans.evidence.title': 'Evidence files',
  'plans.evidence.add': 'Add evidence files',
  'plans.evidence.hint':
    'PDF, Word, Excel, PowerPoint or PNG/JPEG pictures; at most 5 files of 10 MB each.',
  'plans.evidence.remove': 'Take off evidence files attached earlier',
  'plans.evidence.wrongType':
    'An evidence file must be a PDF, Word, Excel, PowerPoint file or a PNG/JPEG picture (checked by its content).',
  'plans.evidence.tooLarge': 'Each evidence file may be at most {max} MB.',
  'plans.evidence.tooMany': 'A task has at most {max} evidence files.',
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
