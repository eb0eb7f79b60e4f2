// A challenge's evaluation as its problem owner reads it: scores and reviewers' words per
// solution, then the ranking with the decisions once the results are announced.
export const vi = {
  'challenges.assessment.link': 'Kết quả đánh giá các giải pháp',
  'challenges.assessment.title': 'Đánh giá giải pháp — {title}',
  'challenges.assessment.back': 'Về trang thách thức',
  'challenges.assessment.lead':
    'Điểm trung bình của từng tiêu chí và nhận xét của chuyên gia, theo các phiếu chấm đã nộp. Tên chuyên gia không hiện.',
  'challenges.assessment.held':
    'Kết quả chưa công bố: thứ hạng và quyết định hiện ở đây khi trung tâm công bố kết quả.',
  'challenges.assessment.announcedAt': 'Kết quả đã công bố lúc {at}.',
  'challenges.assessment.noCall': 'Thách thức này chưa mở nhận giải pháp.',
  'challenges.assessment.noRounds': 'Chưa có vòng đánh giá nào.',
  'challenges.assessment.blind':
    'Vòng chấm kín: tên đơn vị đề xuất không hiện, kể cả với đơn vị đặt hàng.',
  'challenges.assessment.blindOpen':
    'Điểm của vòng chấm kín hiện khi vòng đánh giá kết thúc, để không chuyên gia nào thấy điểm của người khác khi đang chấm.',
  'challenges.assessment.caption': 'Điểm trung bình từng tiêu chí ({round})',
  'challenges.assessment.tableLabel': 'Bảng điểm {round}',
  'challenges.assessment.rank': 'Hạng',
  'challenges.assessment.solution': 'Giải pháp (số biên nhận)',
  'challenges.assessment.solver': 'Đơn vị đề xuất',
  'challenges.assessment.score': 'Điểm (0–100)',
  'challenges.assessment.sheets': 'Số phiếu',
  'challenges.assessment.decision': 'Quyết định',
  'challenges.assessment.noMark': '—',
  'challenges.assessment.reviewsTitle': 'Nhận xét về giải pháp {receipt}',
  'challenges.assessment.overall': 'Nhận xét chung',
  'challenges.assessment.reviewer': 'Chuyên gia {n}',
  'challenges.assessment.outcome.accepted': 'Được chọn',
  'challenges.assessment.outcome.rejected': 'Không được chọn',
  'challenges.assessment.outcome.waitlisted': 'Danh sách chờ',
  'challenges.assessment.outcome.awarded': 'Đạt giải',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'challenges.assessment.link': "The solutions' evaluation",
  'challenges.assessment.title': 'Evaluation of solutions — {title}',
  'challenges.assessment.back': 'Back to the challenge',
  'challenges.assessment.lead':
    "Each criterion's mean mark and the reviewers' comments, from the submitted score sheets. Reviewers are not named.",
  'challenges.assessment.held':
    'The results are not announced yet: the ranking and the decisions show here once the centre announces them.',
  'challenges.assessment.announcedAt': 'The results were announced on {at}.',
  'challenges.assessment.noCall': 'This challenge is not taking solutions yet.',
  'challenges.assessment.noRounds': 'There is no review round yet.',
  'challenges.assessment.blind':
    'A blind round: the solvers are not named, not even to the problem owner.',
  'challenges.assessment.blindOpen':
    "A blind round's scores show once the round is closed, so no reviewer sees another's marks while scoring.",
  'challenges.assessment.caption': 'Mean mark per criterion ({round})',
  'challenges.assessment.tableLabel': 'Scores of {round}',
  'challenges.assessment.rank': 'Rank',
  'challenges.assessment.solution': 'Solution (receipt number)',
  'challenges.assessment.solver': 'Solver',
  'challenges.assessment.score': 'Score (0–100)',
  'challenges.assessment.sheets': 'Sheets',
  'challenges.assessment.decision': 'Decision',
  'challenges.assessment.noMark': '—',
  'challenges.assessment.reviewsTitle': 'Comments on solution {receipt}',
  'challenges.assessment.overall': 'Overall',
  'challenges.assessment.reviewer': 'Reviewer {n}',
  'challenges.assessment.outcome.accepted': 'Selected',
  'challenges.assessment.outcome.rejected': 'Not selected',
  'challenges.assessment.outcome.waitlisted': 'Waiting list',
  'challenges.assessment.outcome.awarded': 'Prize winner',
};
