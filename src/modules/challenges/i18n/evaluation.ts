// A challenge's evaluation as its problem owner reads it: scores and reviewers' words per
// solution, then the ranking with the decisions once the results are announced.
export const vi = {
  'challenges.evaluation.link': 'Kết quả đánh giá các giải pháp',
  'challenges.evaluation.title': 'Đánh giá giải pháp — {title}',
  'challenges.evaluation.back': 'Về trang thách thức',
  'challenges.evaluation.lead':
    'Điểm trung bình của từng tiêu chí và nhận xét của chuyên gia, theo các phiếu chấm đã nộp. Tên chuyên gia không hiện.',
  'challenges.evaluation.held':
    'Kết quả chưa công bố: thứ hạng và quyết định hiện ở đây khi trung tâm công bố kết quả.',
  'challenges.evaluation.announcedAt': 'Kết quả đã công bố lúc {at}.',
  'challenges.evaluation.noCall': 'Thách thức này chưa mở nhận giải pháp.',
  'challenges.evaluation.noRounds': 'Chưa có vòng đánh giá nào.',
  'challenges.evaluation.blind':
    'Vòng chấm kín: tên đơn vị đề xuất không hiện, kể cả với đơn vị đặt hàng.',
  'challenges.evaluation.blindOpen':
    'Điểm của vòng chấm kín hiện khi vòng đánh giá kết thúc, để không chuyên gia nào thấy điểm của người khác khi đang chấm.',
  'challenges.evaluation.caption': 'Điểm trung bình từng tiêu chí ({round})',
  'challenges.evaluation.tableLabel': 'Bảng điểm {round}',
  'challenges.evaluation.rank': 'Hạng',
  'challenges.evaluation.solution': 'Giải pháp (số biên nhận)',
  'challenges.evaluation.solver': 'Đơn vị đề xuất',
  'challenges.evaluation.score': 'Điểm (0–100)',
  'challenges.evaluation.sheets': 'Số phiếu',
  'challenges.evaluation.decision': 'Quyết định',
  'challenges.evaluation.noMark': '—',
  'challenges.evaluation.reviewsTitle': 'Nhận xét về giải pháp {receipt}',
  'challenges.evaluation.overall': 'Nhận xét chung',
  'challenges.evaluation.reviewer': 'Chuyên gia {n}',
  'challenges.evaluation.outcome.accepted': 'Được chọn',
  'challenges.evaluation.outcome.rejected': 'Không được chọn',
  'challenges.evaluation.outcome.waitlisted': 'Danh sách chờ',
  'challenges.evaluation.outcome.awarded': 'Đạt giải',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'challenges.evaluation.link': "The solutions' evaluation",
  'challenges.evaluation.title': 'Evaluation of solutions — {title}',
  'challenges.evaluation.back': 'Back to the challenge',
  'challenges.evaluation.lead':
    "Each criterion's mean mark and the reviewers' comments, from the submitted score sheets. Reviewers are not named.",
  'challenges.evaluation.held':
    'The results are not announced yet: the ranking and the decisions show here once the centre announces them.',
  'challenges.evaluation.announcedAt': 'The results were announced on {at}.',
  'challenges.evaluation.noCall': 'This challenge is not taking solutions yet.',
  'challenges.evaluation.noRounds': 'There is no review round yet.',
  'challenges.evaluation.blind':
    'A blind round: the solvers are not named, not even to the problem owner.',
  'challenges.evaluation.blindOpen':
    "A blind round's scores show once the round is closed, so no reviewer sees another's marks while scoring.",
  'challenges.evaluation.caption': 'Mean mark per criterion ({round})',
  'challenges.evaluation.tableLabel': 'Scores of {round}',
  'challenges.evaluation.rank': 'Rank',
  'challenges.evaluation.solution': 'Solution (receipt number)',
  'challenges.evaluation.solver': 'Solver',
  'challenges.evaluation.score': 'Score (0–100)',
  'challenges.evaluation.sheets': 'Sheets',
  'challenges.evaluation.decision': 'Decision',
  'challenges.evaluation.noMark': '—',
  'challenges.evaluation.reviewsTitle': 'Comments on solution {receipt}',
  'challenges.evaluation.overall': 'Overall',
  'challenges.evaluation.reviewer': 'Reviewer {n}',
  'challenges.evaluation.outcome.accepted': 'Selected',
  'challenges.evaluation.outcome.rejected': 'Not selected',
  'challenges.evaluation.outcome.waitlisted': 'Waiting list',
  'challenges.evaluation.outcome.awarded': 'Prize winner',
};
