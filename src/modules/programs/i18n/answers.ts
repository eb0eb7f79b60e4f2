// Messages for the answers of an application form (domain/answers.ts); one key per error code.
export const vi = {
  'programs.answer.required': 'Câu hỏi này bắt buộc trả lời.',
  'programs.answer.invalid': 'Câu trả lời không đúng dạng.',
  'programs.answer.too_long': 'Tối đa {max} ký tự (hiện có {length}).',
  'programs.answer.not_a_number': 'Nhập một số, ví dụ 12 hoặc 12,5.',
  'programs.answer.too_small': 'Giá trị nhỏ nhất là {min}.',
  'programs.answer.too_large': 'Giá trị lớn nhất là {max}.',
  'programs.answer.invalid_money':
    'Nhập số tiền là số đồng nguyên, ví dụ 2.000.000.000 hoặc 2 000 000 000.',
  'programs.answer.invalid_date': 'Nhập một ngày có thật, theo dạng ngày/tháng/năm.',
  'programs.answer.not_an_option': 'Chọn một trong các phương án đã cho.',
  'programs.answer.too_many_choices': 'Chọn tối đa {max} phương án.',
  'programs.answer.too_many_files': 'Tải lên tối đa {max} tệp.',
  'programs.answer.file_type': 'Tệp “{fileName}” không đúng loại cho phép ({types}).',
  'programs.answer.file_too_large': 'Tệp “{fileName}” lớn hơn {maxMb} MB.',
  'programs.answer.too_many_members': 'Nhóm có tối đa {max} thành viên.',
  'programs.answer.member_name_required': 'Thành viên thứ {member}: cần nhập họ và tên.',
  'programs.answer.member_too_long': 'Thành viên thứ {member}: mỗi ô tối đa {max} ký tự.',
  'programs.answer.member_email': 'Thành viên thứ {member}: địa chỉ email không hợp lệ.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'programs.answer.required': 'This question must be answered.',
  'programs.answer.invalid': 'This answer is not in the expected form.',
  'programs.answer.too_long': 'At most {max} characters ({length} now).',
  'programs.answer.not_a_number': 'Enter a number, for example 12 or 12.5.',
  'programs.answer.too_small': 'The smallest value allowed is {min}.',
  'programs.answer.too_large': 'The largest value allowed is {max}.',
  'programs.answer.invalid_money':
    'Enter the amount in whole đồng, for example 2.000.000.000 or 2 000 000 000.',
  'programs.answer.invalid_date': 'Enter a real calendar date (day/month/year).',
  'programs.answer.not_an_option': 'Choose one of the options given.',
  'programs.answer.too_many_choices': 'Choose at most {max} options.',
  'programs.answer.too_many_files': 'Upload at most {max} files.',
  'programs.answer.file_type': 'The file “{fileName}” is not of an allowed type ({types}).',
  'programs.answer.file_too_large': 'The file “{fileName}” is larger than {maxMb} MB.',
  'programs.answer.too_many_members': 'A team has at most {max} members.',
  'programs.answer.member_name_required': 'Member {member}: enter their full name.',
  'programs.answer.member_too_long': 'Member {member}: at most {max} characters per field.',
  'programs.answer.member_email': 'Member {member}: the e-mail address is not valid.',
};
