export const vi = {
  'input.badCharacters':
    'Dữ liệu gửi lên có ký tự không được phép: ký tự điều khiển (như NUL) hoặc ký tự Unicode bị cắt dở. Hãy xoá chúng rồi gửi lại.',
  'input.tooDeep': 'Dữ liệu JSON lồng nhau quá sâu (tối đa {max} cấp).',
  'validation.wholeNumber': 'Vui lòng nhập một số nguyên (không có phần thập phân).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'input.badCharacters':
    'What was sent holds characters that are not allowed: control characters (such as NUL) or a broken Unicode character. Remove them and send again.',
  'input.tooDeep': 'The JSON is nested too deeply (at most {max} levels).',
  'validation.wholeNumber': 'Please enter a whole number (no decimals).',
};
