// Correcting an asset's fees, licences and revenue on their own pages.

export const vi = {
  'marketplace.ip.record.edit': 'Sửa',
  'marketplace.ip.record.actions': 'Thao tác',
  'marketplace.ip.record.editLabel': 'Sửa: {name}',
  'marketplace.ip.record.back': 'Quay lại tài sản "{title}"',
  'marketplace.ip.record.save': 'Lưu thay đổi',
  'marketplace.ip.record.removeTitle': 'Xoá mục này',
  'marketplace.ip.record.removeHint':
    'Chỉ xoá khi mục này được ghi nhầm. Việc xoá được ghi vào nhật ký.',
  'marketplace.ip.record.remove': 'Xoá',
  'marketplace.ip.fee.editTitle': 'Sửa khoản phí',
  'marketplace.ip.fee.paidOnHint': 'Để trống nếu chưa nộp: phòng sẽ được nhắc 30 ngày trước hạn.',
  'marketplace.ip.licence.editTitle': 'Sửa hợp đồng li-xăng',
  'marketplace.ip.revenue.editTitle': 'Sửa khoản doanh thu',
  'marketplace.ip.error.paidLater': 'Ngày nộp không thể sau hôm nay.',
  'marketplace.ip.error.licenceHasRevenue':
    'Hợp đồng này đã có doanh thu ghi nhận theo nó. Hãy sửa hoặc xoá các khoản doanh thu đó trước.',
  'marketplace.ip.error.licenceGone':
    'Hợp đồng li-xăng đã chọn không còn trong danh mục của tài sản này (có thể vừa bị xoá). Hãy chọn lại.',
  'marketplace.ip.record.gone':
    'Mục này vừa bị xoá trong lúc bạn sửa, nên thay đổi của bạn chưa được lưu. Những gì bạn nhập vẫn ở dưới đây: bạn có thể thêm lại thành một mục mới.',
  'marketplace.ip.record.addAgain': 'Thêm lại thành mục mới',
  'marketplace.ip.done.recordSaved': 'Đã lưu thay đổi.',
  'marketplace.ip.done.recordRemoved': 'Đã xoá.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'marketplace.ip.record.edit': 'Edit',
  'marketplace.ip.record.actions': 'Actions',
  'marketplace.ip.record.editLabel': 'Edit: {name}',
  'marketplace.ip.record.back': 'Back to the asset "{title}"',
  'marketplace.ip.record.save': 'Save the changes',
  'marketplace.ip.record.removeTitle': 'Remove this entry',
  'marketplace.ip.record.removeHint':
    'Remove it only when it was recorded by mistake. The removal is written to the audit log.',
  'marketplace.ip.record.remove': 'Remove',
  'marketplace.ip.fee.editTitle': 'Edit the fee',
  'marketplace.ip.fee.paidOnHint':
    'Leave empty while unpaid: the office is reminded 30 days before it falls due.',
  'marketplace.ip.licence.editTitle': 'Edit the licence',
  'marketplace.ip.revenue.editTitle': 'Edit the revenue entry',
  'marketplace.ip.error.paidLater': 'The day it was paid cannot be after today.',
  'marketplace.ip.error.licenceHasRevenue':
    'Revenue is recorded under this licence. Edit or remove that revenue first.',
  'marketplace.ip.error.licenceGone':
    'The chosen licence is no longer among this asset’s licences (it may have just been removed). Choose again.',
  'marketplace.ip.record.gone':
    'This entry was removed while you were editing it, so your changes were not saved. What you typed is below: you can add it again as a new entry.',
  'marketplace.ip.record.addAgain': 'Add it again as a new entry',
  'marketplace.ip.done.recordSaved': 'The changes were saved.',
  'marketplace.ip.done.recordRemoved': 'Removed.',
};
