// The newsletter: sign-up, the mailed links, the digest and the staff's overview.
export const vi = {
  'content.newsletter.title': 'Nhận bản tin hằng tuần',
  'content.newsletter.lead':
    'Mỗi sáng thứ Hai, bản tin gửi tới hộp thư của bạn các tin tức, thông báo và câu chuyện khởi nghiệp mới đăng trong tuần. Không cần tài khoản.',
  'content.newsletter.email': 'Địa chỉ thư điện tử',
  'content.newsletter.topics': 'Lĩnh vực quan tâm',
  'content.newsletter.topicsHint': 'Không chọn mục nào nghĩa là nhận tất cả.',
  'content.newsletter.kinds': 'Loại bài',
  'content.newsletter.consent':
    'Tôi đồng ý để Trung tâm dùng địa chỉ thư này chỉ để gửi bản tin; tôi có thể hủy bất cứ lúc nào bằng đường dẫn trong mỗi bản tin.',
  'content.newsletter.subscribe': 'Đăng ký nhận bản tin',
  'content.newsletter.checkMail':
    'Gần xong! Hãy mở thư chúng tôi vừa gửi và bấm đường dẫn để xác nhận đăng ký. Nếu không thấy thư, hãy xem trong mục thư rác.',
  'content.newsletter.error.consent': 'Hãy đánh dấu ô đồng ý để nhận bản tin.',
  'content.newsletter.confirmMail.subject': 'Xác nhận đăng ký bản tin đổi mới sáng tạo',
  'content.newsletter.confirmMail.body':
    'Xin chào,\n\nCó người (có thể là bạn) đã đăng ký nhận bản tin hằng tuần bằng địa chỉ thư này. Để xác nhận, hãy mở đường dẫn sau và bấm "Xác nhận":\n\n{url}\n\nNếu không phải bạn, hãy bỏ qua thư này: bạn sẽ không nhận thêm thư nào.',
  'content.newsletter.confirm.title': 'Xác nhận đăng ký bản tin',
  'content.newsletter.confirm.button': 'Xác nhận đăng ký',
  'content.newsletter.confirm.done': 'Cảm ơn bạn! Bản tin sẽ đến vào sáng thứ Hai hằng tuần.',
  'content.newsletter.unsubscribe.title': 'Hủy nhận bản tin',
  'content.newsletter.unsubscribe.button': 'Hủy nhận bản tin',
  'content.newsletter.unsubscribe.done': 'Bạn đã hủy nhận bản tin. Chúng tôi sẽ không gửi thêm.',
  'content.newsletter.state.pending': 'Địa chỉ {email} đang chờ xác nhận.',
  'content.newsletter.state.active': 'Địa chỉ {email} đang nhận bản tin hằng tuần.',
  'content.newsletter.state.unsubscribed': 'Địa chỉ {email} không nhận bản tin.',
  'content.newsletter.again': 'Đăng ký lại',
  'content.newsletter.digest.subject': 'Bản tin đổi mới sáng tạo tuần {date}',
  'content.newsletter.digest.body':
    'Xin chào,\n\nNhững bài mới trên cổng thông tin trong tuần qua:\n\n{list}\n\nBạn nhận thư này vì đã đăng ký bản tin. Hủy nhận bản tin: {manage}',
  'content.newsletter.staff.title': 'Bản tin',
  'content.newsletter.staff.description': 'Người đăng ký theo lĩnh vực và các lần gửi gần đây',
  'content.newsletter.staff.counts':
    '{active} người đang nhận, {pending} chờ xác nhận, {unsubscribed} đã hủy.',
  'content.newsletter.staff.byTopic': 'Người đang nhận theo lĩnh vực',
  'content.newsletter.staff.everyTopic': 'Mọi lĩnh vực',
  'content.newsletter.staff.subscribers': 'Người nhận',
  'content.newsletter.staff.sends': 'Các lần gửi gần đây',
  'content.newsletter.staff.noSends': 'Chưa gửi bản tin nào.',
  'content.newsletter.staff.week': 'Tuần',
  'content.newsletter.staff.items': 'Số bài',
  'content.newsletter.staff.recipients': 'Số người nhận',
  'content.newsletter.staff.sentAt': 'Lúc gửi',
};

export const en = {
  'content.newsletter.title': 'Get the weekly newsletter',
  'content.newsletter.lead':
    'Every Monday morning, the newsletter brings the news, announcements and startup stories published during the week to your inbox. No account needed.',
  'content.newsletter.email': 'E-mail address',
  'content.newsletter.topics': 'Sectors of interest',
  'content.newsletter.topicsHint': 'Choose none to get everything.',
  'content.newsletter.kinds': 'Kinds of articles',
  'content.newsletter.consent':
    'I agree that the centre uses this address only to send the newsletter; I can stop it at any time with the link in every issue.',
  'content.newsletter.subscribe': 'Subscribe',
  'content.newsletter.checkMail':
    'Almost done! Open the message we have just sent and follow its link to confirm. If you cannot find it, look in your spam folder.',
  'content.newsletter.error.consent': 'Please tick the box to agree to receive the newsletter.',
  'content.newsletter.confirmMail.subject': 'Confirm your innovation newsletter subscription',
  'content.newsletter.confirmMail.body':
    'Hello,\n\nSomeone (probably you) subscribed this address to the weekly newsletter. To confirm, open this link and press "Confirm":\n\n{url}\n\nIf it was not you, ignore this message: you will get no other.',
  'content.newsletter.confirm.title': 'Confirm your subscription',
  'content.newsletter.confirm.button': 'Confirm the subscription',
  'content.newsletter.confirm.done': 'Thank you! The newsletter will arrive every Monday morning.',
  'content.newsletter.unsubscribe.title': 'Unsubscribe from the newsletter',
  'content.newsletter.unsubscribe.button': 'Unsubscribe',
  'content.newsletter.unsubscribe.done':
    'You have unsubscribed from the newsletter. We will send you no more.',
  'content.newsletter.state.pending': 'The address {email} awaits confirmation.',
  'content.newsletter.state.active': 'The address {email} gets the weekly newsletter.',
  'content.newsletter.state.unsubscribed': 'The address {email} does not get the newsletter.',
  'content.newsletter.again': 'Subscribe again',
  'content.newsletter.digest.subject': 'Innovation newsletter, week of {date}',
  'content.newsletter.digest.body':
    'Hello,\n\nNew on the portal this past week:\n\n{list}\n\nYou get this message because you subscribed to the newsletter. Unsubscribe: {manage}',
  'content.newsletter.staff.title': 'Newsletter',
  'content.newsletter.staff.description': 'Subscribers per sector and the latest sends',
  'content.newsletter.staff.counts':
    '{active} subscribed, {pending} awaiting confirmation, {unsubscribed} unsubscribed.',
  'content.newsletter.staff.byTopic': 'Subscribers per sector',
  'content.newsletter.staff.everyTopic': 'Every sector',
  'content.newsletter.staff.subscribers': 'Subscribers',
  'content.newsletter.staff.sends': 'Latest sends',
  'content.newsletter.staff.noSends': 'No newsletter sent yet.',
  'content.newsletter.staff.week': 'Week',
  'content.newsletter.staff.items': 'Articles',
  'content.newsletter.staff.recipients': 'Recipients',
  'content.newsletter.staff.sentAt': 'Sent at',
};
