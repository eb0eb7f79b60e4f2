// Deals confirmed by both sides, their signed contract and the registration the Law on
// Technology Transfer requires.
export const vi = {
  'marketplace.deal.lead':
    'Một bên (hoặc cán bộ môi giới) ghi nhận hợp đồng đã ký; bên còn lại xác nhận. Giao dịch được tính vào số liệu khi cả hai bên đã xác nhận.',
  'marketplace.deal.direction.domestic': 'Chuyển giao công nghệ trong nước',
  'marketplace.deal.direction.inbound': 'Chuyển giao công nghệ từ nước ngoài vào Việt Nam',
  'marketplace.deal.direction.outbound': 'Chuyển giao công nghệ từ Việt Nam ra nước ngoài',
  'marketplace.deal.supplier': 'Bên giao công nghệ',
  'marketplace.deal.recipient': 'Bên nhận công nghệ',
  'marketplace.deal.confirmedOn': 'Đã xác nhận ngày {date}',
  'marketplace.deal.notConfirmed': 'Chưa xác nhận',
  'marketplace.deal.confirm': 'Xác nhận giao dịch này',
  'marketplace.deal.isFact': 'Cả hai bên đã xác nhận: giao dịch được tính vào số liệu.',
  'marketplace.deal.signedFile': 'Hợp đồng đã ký',
  'marketplace.deal.registration': 'Đăng ký hợp đồng chuyển giao công nghệ',
  'marketplace.deal.registration.due':
    'Hợp đồng này phải đăng ký trong 90 ngày kể từ ngày ký: hạn chót {date}.',
  'marketplace.deal.registration.left': 'Còn {days} ngày.',
  'marketplace.deal.registration.overdue': 'Đã quá hạn {days} ngày.',
  'marketplace.deal.registration.none':
    'Hợp đồng chuyển giao trong nước không dùng vốn nhà nước không bắt buộc đăng ký.',
  'marketplace.deal.dossier.docx': 'Hồ sơ đề nghị đăng ký (Word)',
  'marketplace.deal.dossier.pdf': 'Hồ sơ đề nghị đăng ký (PDF)',
  'marketplace.introduction.done.confirm': 'Đã xác nhận giao dịch.',
  'marketplace.field.object': 'Công nghệ được chuyển giao',
  'marketplace.field.object.hint': 'Để trống nếu đúng như tin đăng.',
  'marketplace.field.direction': 'Phạm vi chuyển giao',
  'marketplace.field.usesStateCapital': 'Hợp đồng sử dụng vốn nhà nước hoặc ngân sách nhà nước',
  'marketplace.field.signedFile': 'Tệp hợp đồng đã ký',
  'marketplace.field.signedFile.hint':
    'PDF, Word, PNG hoặc JPEG, tối đa 10 MB. Chỉ hai bên và cán bộ môi giới xem được.',
  'marketplace.error.signedInFuture': 'Ngày ký không thể sau hôm nay.',
  'marketplace.error.dealEvidence': 'Đính kèm hợp đồng đã ký hoặc ghi căn cứ ghi nhận.',
  'marketplace.registration.subject': 'Nhắc hạn đăng ký hợp đồng chuyển giao công nghệ',
  'marketplace.registration.body':
    'Chào {name},\n\nHợp đồng chuyển giao "{object}" phải được đăng ký chậm nhất ngày {due} (Luật Chuyển giao công nghệ 2017, Điều 31). Hồ sơ đề nghị đăng ký đã được lập sẵn tại:\n{url}\n',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.deal.lead':
    'One side (or a broker) records the signed contract; the other side confirms it. The deal counts in the figures once both sides have confirmed.',
  'marketplace.deal.direction.domestic': 'Transfer within Vietnam',
  'marketplace.deal.direction.inbound': 'Transfer from abroad into Vietnam',
  'marketplace.deal.direction.outbound': 'Transfer from Vietnam abroad',
  'marketplace.deal.supplier': 'Transferor',
  'marketplace.deal.recipient': 'Transferee',
  'marketplace.deal.confirmedOn': 'Confirmed on {date}',
  'marketplace.deal.notConfirmed': 'Not confirmed yet',
  'marketplace.deal.confirm': 'Confirm this deal',
  'marketplace.deal.isFact': 'Both sides confirmed: the deal counts in the figures.',
  'marketplace.deal.signedFile': 'Signed contract',
  'marketplace.deal.registration': 'Registering the technology-transfer contract',
  'marketplace.deal.registration.due':
    'This contract must be registered within 90 days of signing: by {date}.',
  'marketplace.deal.registration.left': '{days} days left.',
  'marketplace.deal.registration.overdue': '{days} days overdue.',
  'marketplace.deal.registration.none':
    'A domestic transfer without state capital need not be registered.',
  'marketplace.deal.dossier.docx': 'Registration request (Word)',
  'marketplace.deal.dossier.pdf': 'Registration request (PDF)',
  'marketplace.introduction.done.confirm': 'Deal confirmed.',
  'marketplace.field.object': 'Technology transferred',
  'marketplace.field.object.hint': 'Leave empty when it is the listing’s.',
  'marketplace.field.direction': 'Direction of the transfer',
  'marketplace.field.usesStateCapital': 'The contract uses state capital or the state budget',
  'marketplace.field.signedFile': 'Signed contract file',
  'marketplace.field.signedFile.hint':
    'PDF, Word, PNG or JPEG, up to 10 MB. Only both sides and the brokers can see it.',
  'marketplace.error.signedInFuture': 'The signing day cannot be after today.',
  'marketplace.error.dealEvidence': 'Attach the signed contract or say what the record rests on.',
  'marketplace.registration.subject': 'Reminder: register the technology-transfer contract',
  'marketplace.registration.body':
    'Hello {name},\n\nThe transfer contract for "{object}" must be registered by {due} (Law on Technology Transfer 2017, art. 31). The registration request is ready at:\n{url}\n',
};
