// A member's tickets on their account.
export const vi = {
  'events.myTickets.title': 'Vé sự kiện của tôi',
  'events.myTickets.intro':
    'Vé của các sự kiện sắp diễn ra mà bạn đã có chỗ. Khi đến, hãy đưa mã QR hoặc đọc mã vé cho ban tổ chức.',
  'events.myTickets.none': 'Bạn chưa có vé cho sự kiện nào sắp diễn ra.',
  'events.myTickets.browse': 'Xem các sự kiện',
  'events.myTickets.holder': 'Người tham dự: {name}',
  'events.myTickets.cancelled': 'Sự kiện này đã bị huỷ.',
};

export const en: Record<keyof typeof vi, string> = {
  'events.myTickets.title': 'My event tickets',
  'events.myTickets.intro':
    'Tickets for the coming events you have a seat at. At the door, show the QR code or read out the ticket code.',
  'events.myTickets.none': 'You have no ticket for a coming event yet.',
  'events.myTickets.browse': 'Browse events',
  'events.myTickets.holder': 'Attendee: {name}',
  'events.myTickets.cancelled': 'This event has been cancelled.',
};
