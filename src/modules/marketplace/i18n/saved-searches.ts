// Saved searches of the offers or the needs and their daily mail.
export const vi = {
  'marketplace.savedSearch.title': 'Tìm kiếm đã lưu',
  'marketplace.savedSearch.navDescription':
    'Các tìm kiếm công nghệ và nhu cầu công nghệ bạn đã lưu, và thư báo tin mới phù hợp mỗi ngày.',
  'marketplace.savedSearch.lead':
    'Mỗi sáng, khi có công nghệ hoặc nhu cầu công nghệ mới phù hợp với một tìm kiếm đang bật thư báo, bạn nhận một thư liệt kê các tin đó (mỗi tin chỉ một lần).',
  'marketplace.savedSearch.none':
    'Bạn chưa lưu tìm kiếm nào. Lọc danh sách công nghệ hoặc nhu cầu công nghệ rồi bấm «Lưu tìm kiếm».',
  'marketplace.savedSearch.saveTitle': 'Nhận thư khi có công nghệ mới phù hợp',
  'marketplace.savedSearch.name': 'Tên tìm kiếm',
  'marketplace.savedSearch.nameHint': 'Để trống để dùng từ khoá tìm kiếm làm tên.',
  'marketplace.savedSearch.save': 'Lưu tìm kiếm',
  'marketplace.savedSearch.signInToSave': 'Đăng nhập để lưu tìm kiếm này và nhận thư báo.',
  'marketplace.savedSearch.defaultName': 'Mọi công nghệ mới',
  'marketplace.savedSearch.needSaveTitle': 'Nhận thư khi có nhu cầu công nghệ mới phù hợp',
  'marketplace.savedSearch.needDefaultName': 'Mọi nhu cầu công nghệ mới',
  'marketplace.savedSearch.kind.offer': 'Danh sách: công nghệ chào bán',
  'marketplace.savedSearch.kind.need': 'Danh sách: nhu cầu công nghệ',
  'marketplace.savedSearch.filters': 'Điều kiện: {filters}',
  'marketplace.savedSearch.filter.trl': 'TRL {min}–{max}',
  'marketplace.savedSearch.results': 'Xem kết quả',
  'marketplace.savedSearch.resultsLabel': 'Xem kết quả: {name}',
  'marketplace.savedSearch.alertsOn': 'Thư báo: đang bật (hằng ngày)',
  'marketplace.savedSearch.alertsOff': 'Thư báo: đã tắt',
  'marketplace.savedSearch.turnOn': 'Bật thư báo',
  'marketplace.savedSearch.turnOff': 'Tắt thư báo',
  'marketplace.savedSearch.alertsLabel': '{action}: {name}',
  'marketplace.savedSearch.rename': 'Đổi tên',
  'marketplace.savedSearch.renameLabel': 'Đổi tên: {name}',
  'marketplace.savedSearch.delete': 'Xoá',
  'marketplace.savedSearch.deleteLabel': 'Xoá tìm kiếm: {name}',
  'marketplace.savedSearch.done.saved': 'Đã lưu tìm kiếm. Bạn sẽ nhận thư khi có tin mới phù hợp.',
  'marketplace.savedSearch.done.renamed': 'Đã đổi tên tìm kiếm.',
  'marketplace.savedSearch.done.alerts': 'Đã cập nhật thư báo.',
  'marketplace.savedSearch.done.deleted': 'Đã xoá tìm kiếm.',
  'marketplace.savedSearch.invalid': 'Chưa lưu được: xem lỗi bên dưới.',
  'marketplace.savedSearch.conflict':
    'Tìm kiếm này vừa được đổi ở nơi khác. Tên hiện tại đã hiện lại; hãy thử lại nếu cần.',
  'marketplace.savedSearch.unsubscribe.title': 'Ngừng nhận thư báo',
  'marketplace.savedSearch.unsubscribe.ask': 'Ngừng gửi thư báo tin mới cho tìm kiếm «{name}»?',
  'marketplace.savedSearch.unsubscribe.confirm': 'Ngừng nhận thư',
  'marketplace.savedSearch.unsubscribe.done':
    'Bạn sẽ không nhận thư báo cho tìm kiếm này nữa. Có thể bật lại trong trang Tìm kiếm đã lưu.',
  'marketplace.savedSearch.mail.subject': 'Công nghệ mới cho tìm kiếm «{search}» ({count})',
  'marketplace.savedSearch.mail.body':
    'Chào {name},\n\nCó {count} công nghệ mới phù hợp với tìm kiếm «{search}» của bạn:\n\n{list}\n\nXem tất cả kết quả: {results}\nQuản lý các tìm kiếm đã lưu: {manage}\nNgừng nhận thư cho tìm kiếm này: {unsubscribe}\n',
  'marketplace.savedSearch.needMail.subject':
    'Nhu cầu công nghệ mới cho tìm kiếm «{search}» ({count})',
  'marketplace.savedSearch.needMail.body':
    'Chào {name},\n\nCó {count} nhu cầu công nghệ mới phù hợp với tìm kiếm «{search}» của bạn:\n\n{list}\n\nXem tất cả kết quả: {results}\nQuản lý các tìm kiếm đã lưu: {manage}\nNgừng nhận thư cho tìm kiếm này: {unsubscribe}\n',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.savedSearch.title': 'Saved searches',
  'marketplace.savedSearch.navDescription':
    'The searches of technologies and technology needs you saved, and a daily mail of new listings that match them.',
  'marketplace.savedSearch.lead':
    'Each morning, when new technologies or technology needs match a search whose alerts are on, you get one mail listing them (each listing once).',
  'marketplace.savedSearch.none':
    'You have no saved searches. Filter the list of technologies or of technology needs, then choose “Save search”.',
  'marketplace.savedSearch.saveTitle': 'Get a mail when new technologies match',
  'marketplace.savedSearch.name': 'Name of the search',
  'marketplace.savedSearch.nameHint': 'Leave empty to name it by the words searched.',
  'marketplace.savedSearch.save': 'Save search',
  'marketplace.savedSearch.signInToSave': 'Sign in to save this search and get alerts.',
  'marketplace.savedSearch.defaultName': 'Every new technology',
  'marketplace.savedSearch.needSaveTitle': 'Get a mail when new technology needs match',
  'marketplace.savedSearch.needDefaultName': 'Every new technology need',
  'marketplace.savedSearch.kind.offer': 'List: technologies offered',
  'marketplace.savedSearch.kind.need': 'List: technology needs',
  'marketplace.savedSearch.filters': 'Filters: {filters}',
  'marketplace.savedSearch.filter.trl': 'TRL {min}–{max}',
  'marketplace.savedSearch.results': 'See results',
  'marketplace.savedSearch.resultsLabel': 'See results: {name}',
  'marketplace.savedSearch.alertsOn': 'Alerts: on (daily)',
  'marketplace.savedSearch.alertsOff': 'Alerts: off',
  'marketplace.savedSearch.turnOn': 'Turn alerts on',
  'marketplace.savedSearch.turnOff': 'Turn alerts off',
  'marketplace.savedSearch.alertsLabel': '{action}: {name}',
  'marketplace.savedSearch.rename': 'Rename',
  'marketplace.savedSearch.renameLabel': 'Rename: {name}',
  'marketplace.savedSearch.delete': 'Delete',
  'marketplace.savedSearch.deleteLabel': 'Delete search: {name}',
  'marketplace.savedSearch.done.saved':
    'Search saved. You will get a mail when new listings match.',
  'marketplace.savedSearch.done.renamed': 'Search renamed.',
  'marketplace.savedSearch.done.alerts': 'Alerts updated.',
  'marketplace.savedSearch.done.deleted': 'Search deleted.',
  'marketplace.savedSearch.invalid': 'Not saved: see the errors below.',
  'marketplace.savedSearch.conflict':
    'This search was just changed elsewhere. Its current name is shown again; try again if needed.',
  'marketplace.savedSearch.unsubscribe.title': 'Stop alerts',
  'marketplace.savedSearch.unsubscribe.ask': 'Stop mailing new listings for the search “{name}”?',
  'marketplace.savedSearch.unsubscribe.confirm': 'Stop alerts',
  'marketplace.savedSearch.unsubscribe.done':
    'You will get no more alerts for this search. You can turn them on again from your saved searches.',
  'marketplace.savedSearch.mail.subject': 'New technologies for your search “{search}” ({count})',
  'marketplace.savedSearch.mail.body':
    'Hello {name},\n\nNew technologies match your search “{search}” ({count}):\n\n{list}\n\nSee all results: {results}\nManage your saved searches: {manage}\nStop alerts for this search: {unsubscribe}\n',
  'marketplace.savedSearch.needMail.subject':
    'New technology needs for your search “{search}” ({count})',
  'marketplace.savedSearch.needMail.body':
    'Hello {name},\n\nNew technology needs match your search “{search}” ({count}):\n\n{list}\n\nSee all results: {results}\nManage your saved searches: {manage}\nStop alerts for this search: {unsubscribe}\n',
} as const;
