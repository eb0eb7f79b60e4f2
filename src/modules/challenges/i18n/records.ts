// What a published challenge carries beside its text: its files, its corrections and their log,
// and the collections it is listed in (by owner, by sector).
export const vi = {
  'challenges.file.upload': 'Đăng tài liệu hoặc dữ liệu',
  'challenges.file.title': 'Tên tài liệu',
  'challenges.file.category': 'Loại',
  'challenges.file.file': 'Tệp',
  'challenges.file.fileHint':
    'PDF, Word, Excel, PowerPoint, CSV hoặc tệp ZIP chứa dữ liệu, tối đa {maxMb} MB. Loại tệp được kiểm tra theo nội dung, không theo tên.',
  'challenges.file.submit': 'Đăng tệp',
  'challenges.file.remove': 'Gỡ «{title}»',
  'challenges.file.meta': '{kind}, {size}',
  'challenges.file.confidential':
    'Tệp của thách thức bảo mật chỉ dành cho đơn vị đặt bài toán, trung tâm và các đơn vị được mời.',
  'challenges.file.error.missing': 'Hãy chọn một tệp.',
  'challenges.file.error.tooLarge': 'Tệp «{fileName}» lớn hơn {maxMb} MB.',
  'challenges.file.error.type':
    'Tệp «{fileName}» không phải PDF, Word, Excel, PowerPoint, CSV hay ZIP (đã kiểm tra nội dung tệp).',
  'challenges.file.error.disguised':
    'Tên tệp «{fileName}» không khớp nội dung: tệp thực chất là {kind}. Hãy đặt lại tên cho đúng.',
  'challenges.file.error.expands':
    'Tệp «{fileName}» khi giải nén lớn bất thường nên không được nhận. Hãy chia thành nhiều tệp nhỏ hơn.',
  'challenges.done.fileAdded': 'Đã đăng tệp.',
  'challenges.done.fileRemoved': 'Đã gỡ tệp.',
  'challenges.edit.link': 'Sửa thách thức',
  'challenges.edit.title': 'Sửa thách thức «{title}»',
  'challenges.edit.lead':
    'Mọi thay đổi được ghi vào nhật ký cập nhật công khai trên trang thách thức. Khi thời hạn, phần thưởng, điều kiện tham gia hoặc thoả thuận thay đổi, các đơn vị đã chấp thuận thoả thuận được báo qua thư; thoả thuận thay đổi thì lên phiên bản mới và các đơn vị phải chấp thuận lại trước khi nộp giải pháp.',
  'challenges.edit.note': 'Lý do thay đổi',
  'challenges.edit.noteHint': 'Hiện trong nhật ký cập nhật và trong thư gửi các đơn vị tham gia.',
  'challenges.edit.submit': 'Lưu thay đổi',
  'challenges.edit.back': 'Quay lại thách thức',
  'challenges.done.edited': 'Đã lưu thay đổi và ghi vào nhật ký cập nhật.',
  'challenges.done.unchanged': 'Không có gì thay đổi.',
  'challenges.error.notCorrectable': 'Thách thức đã có kết quả hoặc đã huỷ nên không sửa được nữa.',
  'challenges.error.staleEdit':
    'Trong lúc bạn sửa, thách thức đã được người khác cập nhật. Dưới đây là bản mới nhất; hãy sửa lại.',
  'challenges.error.callDates':
    'Đợt nhận giải pháp của thách thức đã mở: chỉ trung tâm dời được thời hạn (thời hạn của đợt được dời theo).',
  'challenges.error.opensAtLocked':
    'Đợt nhận giải pháp đã mở nên ngày mở không dời được nữa; chỉ hạn nộp dời được.',
  'challenges.changes.title': 'Nhật ký cập nhật',
  'challenges.changes.entry': 'Cập nhật ngày {date}:',
  'challenges.change.title': 'sửa tên thách thức',
  'challenges.change.summary': 'sửa phần mô tả',
  'challenges.change.eligibility': 'điều kiện tham gia thay đổi',
  'challenges.change.opensAt': 'ngày mở dời từ {from} sang {to}',
  'challenges.change.closesAt': 'hạn nộp dời từ {from} sang {to}',
  'challenges.change.rewards': 'phần thưởng thay đổi',
  'challenges.change.documents': 'tài liệu tham khảo thay đổi',
  'challenges.change.agreement': 'thoả thuận tham gia thay đổi (phiên bản mới)',
  'challenges.edit.mailSubject': 'Thách thức «{title}» đã thay đổi',
  'challenges.edit.mailBody':
    'Kính gửi {name},\n\nThách thức «{title}» mà {organization} đang tham gia vừa được cập nhật: {changes}.\n{note}\nXem chi tiết: {url}',
  'challenges.edit.mailNote': 'Lý do: {note}\n',
  'challenges.edit.mailAgreement':
    'Thoả thuận tham gia đã lên phiên bản {version}: hãy đọc và chấp thuận lại trước khi nộp giải pháp.\n',
  'challenges.collections.all': 'Tất cả thách thức',
  'challenges.collections.owners': 'Theo đơn vị đặt bài toán',
  'challenges.collections.sectors': 'Theo lĩnh vực',
  'challenges.owners.title': 'Thách thức theo đơn vị đặt bài toán',
  'challenges.owners.lead':
    'Các cơ quan, doanh nghiệp đã đặt bài toán, với số thách thức của mỗi đơn vị.',
  'challenges.sectors.title': 'Thách thức theo lĩnh vực',
  'challenges.sectors.lead': 'Các lĩnh vực có thách thức, với số thách thức của mỗi lĩnh vực.',
  'challenges.owner.title': 'Thách thức của {owner}',
  'challenges.owner.profile': 'Hồ sơ của {owner} trong danh bạ',
  'challenges.sector.title': 'Thách thức lĩnh vực {sector}',
  'challenges.collection.current': 'Đang mở và đã đóng',
  'challenges.collection.solved': 'Đã được giải',
  'challenges.collection.none': 'Chưa có thách thức nào.',
  'challenges.collection.archive': 'Kho lưu trữ thách thức đã được giải',
  'challenges.collection.count': '{count} thách thức',
} as const;

export const en: { [K in keyof typeof vi]: string } = {
  'challenges.file.upload': 'Publish a document or dataset',
  'challenges.file.title': 'Document title',
  'challenges.file.category': 'Kind',
  'challenges.file.file': 'File',
  'challenges.file.fileHint':
    'PDF, Word, Excel, PowerPoint, CSV or a ZIP of data, at most {maxMb} MB. The kind is checked from the content, not the name.',
  'challenges.file.submit': 'Publish the file',
  'challenges.file.remove': 'Remove “{title}”',
  'challenges.file.meta': '{kind}, {size}',
  'challenges.file.confidential':
    'The files of a confidential challenge are for its owner, the centre and the invited solvers only.',
  'challenges.file.error.missing': 'Choose a file.',
  'challenges.file.error.tooLarge': 'The file “{fileName}” is larger than {maxMb} MB.',
  'challenges.file.error.type':
    'The file “{fileName}” is not a PDF, Word, Excel, PowerPoint, CSV or ZIP file (its content was checked).',
  'challenges.file.error.disguised':
    'The name “{fileName}” does not match the content: the file is really {kind}. Rename it to match.',
  'challenges.file.error.expands':
    'The file “{fileName}” unpacks to an abnormal size and was refused. Split it into smaller files.',
  'challenges.done.fileAdded': 'The file is published.',
  'challenges.done.fileRemoved': 'The file is removed.',
  'challenges.edit.link': 'Edit the challenge',
  'challenges.edit.title': 'Edit the challenge “{title}”',
  'challenges.edit.lead':
    'Every change is written to the public log of updates on the challenge page. When the timeline, rewards, eligibility or agreement change, the solvers that accepted the agreement are told by e-mail; a changed agreement gets a new version, which solvers accept again before submitting.',
  'challenges.edit.note': 'Reason for the change',
  'challenges.edit.noteHint': 'Shown in the log of updates and in the e-mail to the solvers.',
  'challenges.edit.submit': 'Save the changes',
  'challenges.edit.back': 'Back to the challenge',
  'challenges.done.edited': 'The changes are saved and written to the log of updates.',
  'challenges.done.unchanged': 'Nothing changed.',
  'challenges.error.notCorrectable':
    'The challenge has its results or was cancelled, so it can no longer be edited.',
  'challenges.error.staleEdit':
    'Someone else updated the challenge while you were editing. Below is the latest version; make your changes again.',
  'challenges.error.callDates':
    'The challenge’s call for solutions is open: only the centre can move the timeline (the call’s dates move with it).',
  'challenges.error.opensAtLocked':
    'The call for solutions has opened, so its opening can no longer move; only the deadline can.',
  'challenges.changes.title': 'Log of updates',
  'challenges.changes.entry': 'Updated on {date}:',
  'challenges.change.title': 'title edited',
  'challenges.change.summary': 'description edited',
  'challenges.change.eligibility': 'eligibility changed',
  'challenges.change.opensAt': 'opening moved from {from} to {to}',
  'challenges.change.closesAt': 'deadline moved from {from} to {to}',
  'challenges.change.rewards': 'rewards changed',
  'challenges.change.documents': 'reference documents changed',
  'challenges.change.agreement': 'participation agreement changed (new version)',
  'challenges.edit.mailSubject': 'The challenge “{title}” has changed',
  'challenges.edit.mailBody':
    'Dear {name},\n\nThe challenge “{title}” that {organization} takes part in was updated: {changes}.\n{note}\nDetails: {url}',
  'challenges.edit.mailNote': 'Reason: {note}\n',
  'challenges.edit.mailAgreement':
    'The participation agreement is now version {version}: read it and accept it again before submitting a solution.\n',
  'challenges.collections.all': 'All challenges',
  'challenges.collections.owners': 'By problem owner',
  'challenges.collections.sectors': 'By sector',
  'challenges.owners.title': 'Challenges by problem owner',
  'challenges.owners.lead':
    'The agencies and enterprises that posted problems, with their number of challenges.',
  'challenges.sectors.title': 'Challenges by sector',
  'challenges.sectors.lead': 'The sectors that have challenges, with their number of challenges.',
  'challenges.owner.title': 'Challenges of {owner}',
  'challenges.owner.profile': 'Directory profile of {owner}',
  'challenges.sector.title': 'Challenges in {sector}',
  'challenges.collection.current': 'Open and closed',
  'challenges.collection.solved': 'Solved',
  'challenges.collection.none': 'No challenges yet.',
  'challenges.collection.archive': 'Archive of solved challenges',
  'challenges.collection.count': '{count} challenges',
};
