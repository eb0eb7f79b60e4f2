// A challenge's results: held back until the centre announces them, then public with the winners.
export const vi = {
  'challenges.results.title': 'Kết quả',
  'challenges.results.announcedAt': 'Trung tâm công bố kết quả lúc {at}.',
  'challenges.results.none': 'Không có giải pháp nào được chọn.',
  'challenges.results.selected': 'Được chọn',
  'challenges.results.held':
    'Điểm và quyết định của hội đồng chưa công bố: đơn vị đề xuất chưa thấy kết quả cho tới khi trung tâm công bố.',
  'challenges.results.announce': 'Công bố kết quả',
  'challenges.results.announceHint':
    'Người thắng cuộc hiện trên trang này; mỗi đơn vị đề xuất nhận một thư báo kết quả kèm nhận xét dành cho mình.',
  'challenges.done.announced':
    'Đã công bố kết quả; thư báo kết quả đang được gửi tới từng đơn vị đề xuất.',
  'challenges.error.alreadyAnnounced': 'Kết quả của thách thức này đã được công bố.',
  'challenges.error.stillOpen':
    'Thách thức còn đang nhận giải pháp; chỉ công bố kết quả sau hạn nộp.',
  'challenges.error.undecided':
    'Còn giải pháp chưa có quyết định; hãy quyết định cho mọi giải pháp trước khi công bố kết quả.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'challenges.results.title': 'Results',
  'challenges.results.announcedAt': 'The centre announced the results on {at}.',
  'challenges.results.none': 'No solution was selected.',
  'challenges.results.selected': 'Selected',
  'challenges.results.held':
    "The council's scores and decisions are not announced yet: solvers see no result until the centre announces them.",
  'challenges.results.announce': 'Announce the results',
  'challenges.results.announceHint':
    'The winners appear on this page; each solver receives one letter with its outcome and the feedback written for it.',
  'challenges.done.announced': 'The results are announced; each solver is being sent its outcome.',
  'challenges.error.alreadyAnnounced': "This challenge's results were already announced.",
  'challenges.error.stillOpen':
    'The challenge is still taking solutions; results are announced after its deadline.',
  'challenges.error.undecided':
    'A solution still has no decision; decide on every solution before announcing the results.',
};
