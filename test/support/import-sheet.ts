// A CSV as a province's register of enterprises looks: Vietnamese headers, ";" separators,
// unique tax codes and references, pre-2025 province names. For the register import test
// (src/modules/directory/import-register.db.test.ts) and the 10,000-row import benchmark.
import { PROVINCES } from '../../src/modules/directory/domain/provinces';
import { taxCodeFromBase } from '../../src/modules/directory/domain/tax-code';

const KINDS = ['Doanh nghiệp khởi nghiệp', 'sme', 'Hợp tác xã', 'Cơ sở ươm tạo', 'investor'];
const SECTORS = ['Nông nghiệp công nghệ cao', 'AI', 'fintech; edtech', 'Y tế số', 'logistics'];
const WORDS = ['Xanh', 'Mê Kông', 'Sáng Tạo', 'Thủy Sản', 'Đổi Mới', 'Số', 'Bền Vững', 'Ánh Dương'];

/** A sheet like a province's register: unique tax codes and references, former province names. */
export function registerSheet(rows: number): string {
  const former = PROVINCES.flatMap((p) => p.formerProvinces.map((f) => f.shortName));
  const lines = [
    'Tên doanh nghiệp;Mã số thuế;Loại hình;Tỉnh/Thành phố;Ngày đăng ký lần đầu;Lĩnh vực;Giai đoạn;Điện thoại;Mô tả;Mã tham chiếu',
  ];
  let base = 10_000_000;
  for (let i = 0; i < rows; i++) {
    let code: string | undefined;
    while (!code) code = taxCodeFromBase(String(base++).padStart(9, '0'));
    const name = `Công ty TNHH ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [
        name,
        code,
        KINDS[i % KINDS.length],
        former[i % former.length],
        `${day}/${month}/${2015 + (i % 10)}`,
        `"${SECTORS[i % SECTORS.length]}"`,
        i % 3 === 0 ? 'Ươm tạo' : '',
        `0905 ${String(100_000 + i).slice(-6)}`,
        `Giải pháp ${WORDS[i % WORDS.length]!.toLowerCase()} cho doanh nghiệp địa phương, dòng ${i}.`,
        `REF-${i}`,
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
