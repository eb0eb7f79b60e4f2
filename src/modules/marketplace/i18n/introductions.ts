// An introduction's life after the request: the owner's direct acceptance, the stages the sides
// report, the message thread and the nudges.
export const vi = {
  'marketplace.introduction.done.talk': 'Đã ghi nhận: hai bên đang trao đổi.',
  'marketplace.introduction.done.message': 'Đã gửi tin nhắn.',
  'marketplace.stage.talking': 'Đang trao đổi',
  'marketplace.step.talk': 'Chúng tôi đang trao đổi',
  'marketplace.step.accept': 'Đồng ý kết nối',
  'marketplace.step.decline': 'Từ chối đề nghị',
  'marketplace.owner.title': 'Đề nghị gửi đến tổ chức của bạn',
  'marketplace.owner.lead':
    'Tin đăng cho phép bạn tự đồng ý kết nối: hai bên sẽ nhận thư giới thiệu nhau.',
  'marketplace.owner.note': 'Lời nhắn kèm thư giới thiệu',
  'marketplace.report.title': 'Hai bên đã đến đâu?',
  'marketplace.report.lead':
    'Cho trung tâm biết giai đoạn hiện tại; khi ký hợp đồng, hãy ghi nhận giao dịch bên dưới.',
  'marketplace.field.allowsDirectIntroduction': 'Cho phép tôi tự đồng ý kết nối',
  'marketplace.field.allowsDirectIntroduction.hint':
    'Bên quan tâm được giới thiệu ngay khi bạn đồng ý, không chờ trung tâm xét.',
  'marketplace.thread.title': 'Trao đổi giữa các bên',
  'marketplace.thread.lead':
    'Chỉ hai bên và cán bộ môi giới của trung tâm đọc được các tin nhắn và tệp đính kèm.',
  'marketplace.thread.empty': 'Chưa có tin nhắn.',
  'marketplace.thread.notYet': 'Trao đổi mở sau khi hai bên được giới thiệu.',
  'marketplace.thread.closed': 'Kết nối đã kết thúc; trao đổi đã đóng.',
  'marketplace.thread.body': 'Tin nhắn',
  'marketplace.thread.file': 'Tệp đính kèm (không bắt buộc)',
  'marketplace.thread.file.hint': 'PDF, Word, Excel, PowerPoint, PNG hoặc JPEG, tối đa 10 MB.',
  'marketplace.thread.send': 'Gửi tin nhắn',
  'marketplace.thread.by': '{name}, {time}',
  'marketplace.erasure.keptThread':
    'Tin nhắn và tệp bạn đã gửi trong các kết nối, cùng giao dịch đã ghi nhận, được giữ lại dưới bí danh: chúng thuộc hồ sơ của các bên và của Trung tâm.',
  'marketplace.requested.subject': 'Đề nghị kết nối về "{listing}"',
  'marketplace.requested.body':
    'Chào {name},\n\nCó bên quan tâm đến "{listing}" và đề nghị kết nối:\n{message}\n\nTin đăng cho phép bạn tự đồng ý hoặc từ chối tại:\n{url}\n',
  'marketplace.nudge.subject': 'Kết nối "{listing}": hai bên đã đến đâu?',
  'marketplace.nudge.body':
    'Chào {name},\n\nĐã {days} ngày kể từ khi trung tâm giới thiệu các bên về "{listing}". Giai đoạn đang ghi nhận: {stage}.\n\nXin cho chúng tôi biết hai bên đang trao đổi, đàm phán, đã ký hợp đồng hay dừng lại (và lý do), tại:\n{url}\n',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.introduction.done.talk': 'Noted: both sides are talking.',
  'marketplace.introduction.done.message': 'Message sent.',
  'marketplace.stage.talking': 'Talking',
  'marketplace.step.talk': 'We are talking',
  'marketplace.step.accept': 'Accept the introduction',
  'marketplace.step.decline': 'Decline the request',
  'marketplace.owner.title': 'A request to your organisation',
  'marketplace.owner.lead':
    'The listing lets you accept introductions yourself: both sides then get a letter introducing each other.',
  'marketplace.owner.note': 'Note sent with the introduction letter',
  'marketplace.report.title': 'How far have you got?',
  'marketplace.report.lead':
    'Tell the centre the current stage; once a contract is signed, record the deal below.',
  'marketplace.field.allowsDirectIntroduction': 'Let me accept introductions myself',
  'marketplace.field.allowsDirectIntroduction.hint':
    'Interested parties are introduced as soon as you accept, without waiting for the centre.',
  'marketplace.thread.title': 'Messages between the parties',
  'marketplace.thread.lead':
    'Only both sides and the centre’s brokers can read these messages and their attachments.',
  'marketplace.thread.empty': 'No messages yet.',
  'marketplace.thread.notYet': 'Messages open once both sides are introduced.',
  'marketplace.thread.closed': 'The introduction has ended; messages are closed.',
  'marketplace.thread.body': 'Message',
  'marketplace.thread.file': 'Attachment (optional)',
  'marketplace.thread.file.hint': 'PDF, Word, Excel, PowerPoint, PNG or JPEG, up to 10 MB.',
  'marketplace.thread.send': 'Send the message',
  'marketplace.thread.by': '{name}, {time}',
  'marketplace.erasure.keptThread':
    'The messages and files you sent in introductions, and the deals recorded, are kept under the pseudonym: they belong to the parties’ and the centre’s records.',
  'marketplace.requested.subject': 'Introduction request about "{listing}"',
  'marketplace.requested.body':
    'Hello {name},\n\nSomeone interested in "{listing}" asks to be introduced:\n{message}\n\nThe listing lets you accept or decline it yourself at:\n{url}\n',
  'marketplace.nudge.subject': 'Introduction "{listing}": how far have you got?',
  'marketplace.nudge.body':
    'Hello {name},\n\nIt is {days} days since the centre introduced the parties about "{listing}". The stage on record: {stage}.\n\nPlease tell us whether you are talking, negotiating, have signed a contract or stopped (and why), at:\n{url}\n',
};
