// The labelled set of issue 14 item 12: 25 technologies (families), each described twice by
// different hands. A university's technology-transfer office writes its offers in the words of
// the lab (`offer`: names and technical phrases); an enterprise writes its need in the words of
// the shop floor (`needs`: four needs per family, written separately from the offer phrases,
// about the trouble it has, not the technology that would fix it). A need's relevant offers are
// its family's, chosen by what the technology does, never by shared words; the generator of the
// background offers (background.ts) draws on neither list.

export interface Family {
  sector: string;
  /** How the lab names the technology, and what it writes about it. */
  offer: { names: string[]; phrases: string[] };
  /** Title and problem of four needs, as an enterprise writes them. */
  needs: [string, string][];
}

export const FAMILIES: Family[] = [
  {
    sector: 'agritech',
    offer: {
      names: [
        'Hệ thống xử lý nước thải chăn nuôi bằng màng sinh học MBR',
        'Bể lọc sinh học kỵ khí UASB cho trang trại',
        'Chế phẩm vi sinh khử nitơ amoni',
      ],
      phrases: [
        'loại bỏ COD, BOD và amoni đạt QCVN 62-MT',
        'màng lọc sợi rỗng kết hợp bùn hoạt tính',
        'thu hồi khí biogas làm nhiên liệu',
        'vận hành tự động theo cảm biến DO',
        'chủng vi khuẩn nitrat hoá phân lập tại Việt Nam',
      ],
    },
    needs: [
      [
        'Trại lợn bị phản ánh mùi hôi và nước thải ra kênh',
        'Trại 2.000 con lợn thịt, nước rửa chuồng chảy ra kênh thuỷ lợi, dân xung quanh khiếu nại mùi và cá chết. Hầm biogas cũ quá tải.',
      ],
      [
        'Cần xử lý nước rửa chuồng bò sữa',
        'Hợp tác xã bò sữa thải mỗi ngày khoảng 80 m3 nước rửa chuồng lẫn phân, bị môi trường nhắc nhở vì vượt chuẩn xả thải.',
      ],
      [
        'Giảm ô nhiễm từ chuồng trại gia cầm',
        'Chất thải lỏng của trang trại gà đẻ làm ao hồ xung quanh đen và hôi, cần cách xử lý rẻ, ít người vận hành.',
      ],
      [
        'Nước thải trại heo vượt quy chuẩn khi thanh tra',
        'Đoàn kiểm tra lấy mẫu nước xả của trại heo thấy chỉ tiêu hữu cơ và đạm vượt nhiều lần; chúng tôi cần hệ thống mới trong 6 tháng.',
      ],
    ],
  },
  {
    sector: 'agritech',
    offer: {
      names: [
        'Công nghệ sấy lạnh bơm nhiệt cho nông sản',
        'Máy sấy thăng hoa quy mô nhỏ',
        'Quy trình sấy dẻo trái cây giữ màu',
      ],
      phrases: [
        'nhiệt độ sấy 35–45 °C giữ vitamin và màu tự nhiên',
        'bơm nhiệt tiết kiệm 50 % điện năng',
        'độ ẩm thành phẩm dưới 12 %',
        'buồng sấy inox 200 kg mẻ',
        'điều khiển PLC theo đường cong sấy',
      ],
    },
    needs: [
      [
        'Xoài chín rộ, giá rớt, không kịp tiêu thụ tươi',
        'Vùng xoài 50 ha mỗi vụ bỏ đi nhiều trái vì thương lái ép giá; muốn làm xoài khô bán quanh năm nhưng sấy bằng củi bị thâm, chua.',
      ],
      [
        'Sản phẩm khô bị sẫm màu, mất mùi',
        'Cơ sở làm chuối, mít khô bằng lò than, hàng ra bị nâu, cứng và bị siêu thị trả lại vì không đều.',
      ],
      [
        'Cần bảo quản dược liệu sau thu hoạch',
        'Hợp tác xã trồng đinh lăng, nghệ; phơi nắng mùa mưa bị mốc, hàm lượng hoạt chất giảm, khó đạt tiêu chuẩn GACP.',
      ],
      [
        'Muốn làm trái cây khô xuất khẩu',
        'Doanh nghiệp nhỏ có đơn hàng mít, thanh long khô sang Hàn Quốc nhưng chưa có thiết bị đạt chất lượng ổn định.',
      ],
    ],
  },
  {
    sector: 'agritech',
    offer: {
      names: [
        'Cảm biến độ ẩm đất và tưới nhỏ giọt điều khiển qua LoRa',
        'Bộ điều khiển tưới thông minh theo thoát hơi nước',
        'Hệ thống fertigation châm phân tự động',
      ],
      phrases: [
        'đo độ ẩm đất ở ba tầng rễ',
        'van điện từ điều khiển theo lịch và theo cảm biến',
        'kết nối LoRaWAN phủ 5 km',
        'tính lượng nước theo dữ liệu khí tượng ET0',
        'ứng dụng di động báo cáo lượng nước tiêu thụ',
      ],
    },
    needs: [
      [
        'Vườn sầu riêng thiếu nước mùa khô, tốn công tưới',
        'Vườn 10 ha sầu riêng, mùa khô nước giếng cạn, công nhân tưới tay không đều, cây bị sốc nước rụng trái.',
      ],
      [
        'Xâm nhập mặn, phải tiết kiệm nước ngọt',
        'Vùng trồng bưởi bị mặn lấn, nước ngọt phải mua; cần biết khi nào cây thật sự cần nước để không phí.',
      ],
      [
        'Trang trại rau muốn giảm nhân công tưới và bón',
        'Chúng tôi có 3 ha rau ăn lá, mỗi ngày 4 người chỉ để tưới và pha phân; muốn tự động hoá mà chi phí vừa phải.',
      ],
      [
        'Cây cà phê năng suất thấp do tưới không đúng lúc',
        'Nông hộ Tây Nguyên tưới theo kinh nghiệm, tốn điện bơm mà cây vẫn thiếu nước lúc ra hoa.',
      ],
    ],
  },
  {
    sector: 'healthtech',
    offer: {
      names: [
        'Phần mềm đọc ảnh X-quang phổi bằng trí tuệ nhân tạo',
        'Mô hình học sâu phát hiện tổn thương lao trên phim',
        'Hệ thống hỗ trợ chẩn đoán hình ảnh CADx',
      ],
      phrases: [
        'độ nhạy 94 % với tổn thương lao phổi',
        'tích hợp chuẩn DICOM và PACS',
        'khoanh vùng tổn thương bằng bản đồ nhiệt',
        'đã thử nghiệm trên 20.000 phim tại bệnh viện tuyến tỉnh',
        'chạy trên máy chủ tại chỗ, không đưa dữ liệu ra ngoài',
      ],
    },
    needs: [
      [
        'Bệnh viện huyện thiếu bác sĩ đọc phim',
        'Mỗi ngày chụp 150 phim ngực mà chỉ một bác sĩ chẩn đoán hình ảnh, kết quả trả chậm, bỏ sót ca nghi lao.',
      ],
      [
        'Sàng lọc lao cho công nhân khu công nghiệp',
        'Trung tâm y tế cần khám sức khoẻ hàng nghìn công nhân mỗi năm, muốn lọc nhanh những phim cần bác sĩ xem kỹ.',
      ],
      [
        'Phòng khám tư cần trả kết quả chụp phổi nhanh',
        'Khách phải chờ nửa ngày vì bác sĩ đọc phim làm bán thời gian; cần công cụ gợi ý bất thường ngay sau khi chụp.',
      ],
      [
        'Giảm bỏ sót bệnh phổi ở tuyến xã',
        'Trạm y tế có máy chụp di động nhưng không có người đọc; phim gửi lên tuyến trên mất vài ngày.',
      ],
    ],
  },
  {
    sector: 'healthtech',
    offer: {
      names: [
        'Nền tảng bệnh án điện tử và hẹn khám trực tuyến',
        'Hệ thống quản lý hàng đợi và đặt lịch khám',
        'Ứng dụng theo dõi bệnh mạn tính từ xa',
      ],
      phrases: [
        'đặt lịch theo khung giờ và gửi tin nhắn nhắc',
        'liên thông hồ sơ sức khoẻ điện tử theo chuẩn HL7 FHIR',
        'bảng điều phối hàng đợi tại quầy tiếp đón',
        'theo dõi huyết áp, đường huyết tại nhà qua thiết bị Bluetooth',
        'thanh toán viện phí không dùng tiền mặt',
      ],
    },
    needs: [
      [
        'Người bệnh xếp hàng từ sáng sớm',
        'Khoa khám của bệnh viện quá tải, người bệnh đến từ 5 giờ sáng lấy số, sảnh chờ đông, dễ lây nhiễm.',
      ],
      [
        'Bệnh nhân tiểu đường bỏ tái khám',
        'Phòng khám nội tiết quản lý 3.000 người bệnh, nhiều người quên lịch, đường huyết không kiểm soát được giữa hai lần khám.',
      ],
      [
        'Hồ sơ giấy thất lạc, khó tra cứu',
        'Trung tâm y tế vẫn lưu sổ khám bằng giấy; khi người bệnh chuyển tuyến phải photo, mất thời gian và dễ sai.',
      ],
      [
        'Cần chăm sóc người cao tuổi tại nhà',
        'Doanh nghiệp dịch vụ điều dưỡng muốn bác sĩ nắm được chỉ số sức khoẻ của cụ già hằng ngày mà không phải đến nhà.',
      ],
    ],
  },
  {
    sector: 'greentech',
    offer: {
      names: [
        'Hệ thống điện mặt trời áp mái hoà lưới có lưu trữ',
        'Bộ lưu điện pin lithium sắt phosphate cho nhà xưởng',
        'Giải pháp quản lý năng lượng EMS',
      ],
      phrases: [
        'tấm pin hiệu suất 21 % và biến tần hoà lưới',
        'pin LFP tuổi thọ 6.000 chu kỳ',
        'cắt đỉnh phụ tải giờ cao điểm',
        'giám sát sản lượng từ xa theo thời gian thực',
        'thu hồi vốn trong 5–6 năm',
      ],
    },
    needs: [
      [
        'Tiền điện nhà xưởng tăng mạnh',
        'Xưởng may chạy 2 ca, hoá đơn điện 300 triệu đồng mỗi tháng, giờ cao điểm giá cao; mái tôn 5.000 m2 đang bỏ trống.',
      ],
      [
        'Mất điện làm hỏng mẻ sản xuất',
        'Nhà máy chế biến thường bị cắt điện luân phiên mùa nắng nóng, máy dừng giữa chừng gây hỏng hàng.',
      ],
      [
        'Khách hàng châu Âu yêu cầu giảm phát thải',
        'Đối tác nhập khẩu đòi chứng minh dùng năng lượng sạch và đo phát thải carbon của nhà máy.',
      ],
      [
        'Trường học muốn tự sản xuất điện',
        'Trường có nhiều mái nhà, ngân sách điện hạn hẹp, muốn tự cấp một phần điện và dạy học sinh về năng lượng.',
      ],
    ],
  },
  {
    sector: 'greentech',
    offer: {
      names: [
        'Công nghệ nhiệt phân rác thải nhựa thành dầu',
        'Dây chuyền tái chế nhựa PET thành hạt',
        'Vật liệu composite từ nhựa phế thải',
      ],
      phrases: [
        'nhiệt phân yếm khí ở 400–450 °C',
        'hiệu suất thu hồi dầu 60–70 %',
        'rửa, nghiền và tạo hạt nhựa tái sinh',
        'ván ép từ nhựa hỗn hợp và bột gỗ',
        'không phát sinh dioxin nhờ buồng đốt thứ cấp',
      ],
    },
    needs: [
      [
        'Bãi rác quá tải túi ni lông',
        'Huyện ven biển thu gom mỗi ngày hàng chục tấn rác, phần lớn là túi ni lông và chai lọ, bãi chôn lấp sắp đầy.',
      ],
      [
        'Làng nghề có phế liệu nhựa chất đống',
        'Các hộ thu mua phế liệu để nhựa ngoài trời, đốt lộ thiên gây khói, chính quyền yêu cầu di dời.',
      ],
      [
        'Nhà máy bao bì thải nhiều nhựa vụn',
        'Mỗi tháng xưởng in bao bì thải 30 tấn màng vụn, trả tiền thuê xử lý mà muốn tận dụng lại.',
      ],
      [
        'Rác biển dạt vào bờ mùa gió chướng',
        'Xã đảo phải thu gom chai nhựa, lưới cũ dạt vào bãi; không có chỗ chôn lấp, vận chuyển vào bờ rất tốn kém.',
      ],
    ],
  },
  {
    sector: 'logistics',
    offer: {
      names: [
        'Phần mềm tối ưu tuyến giao hàng nhiều điểm',
        'Thuật toán định tuyến xe theo khung giờ VRPTW',
        'Hệ thống điều phối đội xe thời gian thực',
      ],
      phrases: [
        'giải bài toán định tuyến với ràng buộc tải trọng',
        'giảm 15–20 % quãng đường chạy xe',
        'theo dõi vị trí xe qua GPS',
        'tự động xếp đơn vào chuyến theo khung giờ nhận',
        'tích hợp bản đồ Việt Nam và dữ liệu kẹt xe',
      ],
    },
    needs: [
      [
        'Xe giao hàng chạy vòng vèo, tốn xăng',
        'Nhà phân phối nước giải khát có 25 xe tải nhỏ, điều phối viên xếp chuyến bằng kinh nghiệm, nhiều xe chạy trùng đường.',
      ],
      [
        'Giao trễ giờ hẹn bị khách phàn nàn',
        'Chuỗi cửa hàng vật liệu xây dựng giao hàng cho công trình, thường trễ hẹn, tài xế không biết thứ tự ghé.',
      ],
      [
        'Không biết xe đang ở đâu',
        'Công ty vận tải hàng đông lạnh không nắm được xe đang chạy đến đâu, khách gọi hỏi liên tục.',
      ],
      [
        'Chi phí giao hàng chặng cuối quá cao',
        'Cửa hàng thương mại điện tử tự giao trong nội thành, mỗi shipper chỉ giao 20 đơn một ngày.',
      ],
    ],
  },
  {
    sector: 'logistics',
    offer: {
      names: [
        'Kho lạnh di động dùng năng lượng mặt trời',
        'Thùng bảo ôn vật liệu chuyển pha PCM',
        'Cảm biến nhiệt độ ghi dữ liệu chuỗi lạnh',
      ],
      phrases: [
        'giữ 2–8 °C trong 72 giờ không cần điện',
        'vật liệu chuyển pha nạp lạnh ban đêm',
        'ghi nhiệt độ mỗi 5 phút và cảnh báo vượt ngưỡng',
        'kho container 20 feet lắp tấm pin mặt trời',
        'truy xuất lịch sử nhiệt độ từng lô hàng',
      ],
    },
    needs: [
      [
        'Thanh long hư hỏng khi chở lên cửa khẩu',
        'Hàng chờ thông quan nhiều ngày ở biên giới, trái cây chín nẫu, tỉ lệ hao hụt tới 30 %.',
      ],
      [
        'Vắc xin cần giữ lạnh khi xuống xã',
        'Trung tâm kiểm soát bệnh tật phải đưa vắc xin tới điểm tiêm vùng sâu không có điện ổn định.',
      ],
      [
        'Cá đánh bắt mất giá vì không đủ đá',
        'Ngư dân cập bến xa chợ, cá ướp đá không đều, thương lái trả giá thấp vì cá kém tươi.',
      ],
      [
        'Khách đòi bằng chứng hàng được giữ lạnh',
        'Nhà xuất khẩu tôm bị đối tác khiếu nại nhiệt độ trên đường vận chuyển mà không có số liệu để đối chứng.',
      ],
    ],
  },
  {
    sector: 'edtech',
    offer: {
      names: [
        'Nền tảng học trực tuyến thích ứng cho môn Toán',
        'Hệ thống ngân hàng câu hỏi và chấm bài tự động',
        'Trợ lý học tập cá nhân hoá',
      ],
      phrases: [
        'đánh giá năng lực đầu vào và đề xuất lộ trình',
        'chấm tự luận Toán bằng nhận dạng chữ viết tay',
        'báo cáo tiến độ cho giáo viên và phụ huynh',
        'hơn 50.000 câu hỏi theo chương trình GDPT 2018',
        'hoạt động được khi mạng yếu',
      ],
    },
    needs: [
      [
        'Học sinh vùng khó yếu Toán, thiếu giáo viên',
        'Trường THCS miền núi có lớp 45 em, giáo viên không kịp kèm từng em, điểm Toán thấp nhất tỉnh.',
      ],
      [
        'Giáo viên mất nhiều giờ chấm bài',
        'Mỗi giáo viên chấm hàng trăm bài kiểm tra mỗi tuần, không còn thời gian soạn giảng.',
      ],
      [
        'Trung tâm gia sư muốn theo dõi tiến bộ của học viên',
        'Phụ huynh hỏi con học đến đâu, trung tâm chỉ có sổ điểm giấy và nhận xét chung chung.',
      ],
      [
        'Ôn thi vào lớp 10 cho học sinh nông thôn',
        'Các em không có điều kiện học thêm; nhà trường muốn có công cụ luyện đề phù hợp với từng em.',
      ],
    ],
  },
  {
    sector: 'smart-city',
    offer: {
      names: [
        'Camera giao thông nhận dạng biển số và đếm lưu lượng',
        'Hệ thống điều khiển đèn tín hiệu thích ứng',
        'Phân tích video phát hiện vi phạm giao thông',
      ],
      phrases: [
        'nhận dạng biển số Việt Nam độ chính xác 98 %',
        'đếm và phân loại phương tiện theo làn',
        'điều chỉnh chu kỳ đèn theo lưu lượng thực',
        'phát hiện vượt đèn đỏ, đi sai làn',
        'xử lý tại biên trên thiết bị nhúng',
      ],
    },
    needs: [
      [
        'Ùn tắc giờ cao điểm tại các nút giao trung tâm',
        'Thành phố có 12 nút giao thường xuyên ùn ứ buổi chiều, đèn chạy chu kỳ cố định dù một hướng vắng.',
      ],
      [
        'Khó xử lý xe vi phạm tại khu đô thị mới',
        'Công an phường thiếu người trực chốt, xe tải đi vào giờ cấm, vượt đèn ban đêm.',
      ],
      [
        'Cần số liệu lưu lượng xe để quy hoạch',
        'Sở Giao thông muốn biết lượng xe thực tế trên các trục đường chính nhưng đang đếm thủ công vài ngày mỗi năm.',
      ],
      [
        'Bãi đỗ xe bệnh viện quản lý thủ công',
        'Xe ra vào ghi vé giấy, thất thoát phí và ùn ở cổng; cần tự động ghi nhận xe vào ra.',
      ],
    ],
  },
  {
    sector: 'iot',
    offer: {
      names: [
        'Hệ thống quan trắc chất lượng nước nuôi trồng thuỷ sản',
        'Phao cảm biến oxy hoà tan và pH',
        'Bộ điều khiển quạt nước tự động cho ao tôm',
      ],
      phrases: [
        'đo oxy hoà tan, pH, nhiệt độ, độ mặn liên tục',
        'bật quạt sục khí khi oxy giảm dưới ngưỡng',
        'cảnh báo qua tin nhắn và cuộc gọi ban đêm',
        'pin mặt trời và truyền dữ liệu 4G',
        'hiệu chuẩn cảm biến định kỳ tại ao',
      ],
    },
    needs: [
      [
        'Tôm chết hàng loạt lúc nửa đêm',
        'Hộ nuôi tôm thẻ 2 ha nhiều lần mất trắng vì ao thiếu khí ban đêm, người trông không phát hiện kịp.',
      ],
      [
        'Tốn điện chạy quạt ao cả ngày',
        'Để an toàn chúng tôi chạy quạt 24 giờ, tiền điện chiếm phần lớn chi phí nuôi.',
      ],
      [
        'Cá lồng bè chết do nước thay đổi đột ngột',
        'Hợp tác xã nuôi cá lồng trên sông, sau mưa lớn nước đục và thay đổi, cá nổi đầu mà không biết trước.',
      ],
      [
        'Muốn đạt chứng nhận ASC cho tôm',
        'Đối tác mua yêu cầu ghi chép thông số môi trường ao liên tục, chúng tôi đang ghi tay hai lần mỗi ngày.',
      ],
    ],
  },
  {
    sector: 'iot',
    offer: {
      names: [
        'Cảm biến rung giám sát tình trạng máy quay',
        'Hệ thống bảo trì dự đoán cho động cơ điện',
        'Bộ thu thập dữ liệu máy CNC',
      ],
      phrases: [
        'phân tích phổ rung phát hiện hỏng ổ bi',
        'dự báo thời điểm cần bảo dưỡng bằng học máy',
        'đo nhiệt độ và dòng điện động cơ',
        'kết nối không dây, lắp đặt không dừng máy',
        'bảng theo dõi hiệu suất thiết bị tổng thể OEE',
      ],
    },
    needs: [
      [
        'Máy nén khí hỏng bất ngờ làm dừng dây chuyền',
        'Nhà máy bia bị dừng sản xuất hai lần trong quý vì máy nén khí và bơm hư đột xuất, thiệt hại lớn.',
      ],
      [
        'Bảo dưỡng theo lịch nhưng vẫn hư',
        'Xưởng cơ khí thay dầu, thay bạc đạn theo định kỳ mà động cơ vẫn cháy, tốn phụ tùng không cần thiết.',
      ],
      [
        'Không biết máy nào đang chạy, máy nào dừng',
        'Quản đốc xưởng may có 200 máy, chỉ biết năng suất cuối ngày, không biết máy dừng vì sao.',
      ],
      [
        'Quạt hút lò sấy rung mạnh',
        'Quạt công suất lớn ở nhà máy gạch rung và kêu to dần, sợ gãy trục nhưng không biết khi nào phải dừng sửa.',
      ],
    ],
  },
  {
    sector: 'life-science',
    offer: {
      names: [
        'Bộ kit xét nghiệm nhanh phát hiện kháng sinh tồn dư',
        'Que thử miễn dịch sắc ký dư lượng thuốc',
        'Cảm biến sinh học phát hiện chất cấm trong thực phẩm',
      ],
      phrases: [
        'phát hiện chloramphenicol, enrofloxacin dưới 1 ppb',
        'kết quả trong 10 phút không cần phòng thí nghiệm',
        'kháng thể đơn dòng sản xuất trong nước',
        'đọc kết quả bằng ứng dụng điện thoại',
        'giá thành bằng một phần ba bộ kit nhập khẩu',
      ],
    },
    needs: [
      [
        'Lô tôm xuất khẩu bị trả về vì dư kháng sinh',
        'Nhà máy chế biến bị đối tác Nhật trả hai container vì phát hiện dư lượng; cần kiểm tra nguyên liệu ngay khi thu mua.',
      ],
      [
        'Chợ đầu mối cần kiểm tra thịt nhanh',
        'Ban quản lý chợ muốn kiểm tra ngẫu nhiên thịt, cá trước khi bán mà gửi mẫu đi xét nghiệm mất ba ngày.',
      ],
      [
        'Bếp ăn trường học lo an toàn thực phẩm',
        'Phòng Giáo dục muốn kiểm tra nhanh thực phẩm đầu vào của bếp ăn bán trú ở 40 trường.',
      ],
      [
        'Hợp tác xã muốn chứng minh mật ong sạch',
        'Mật ong của chúng tôi bị nghi có dư lượng thuốc, khách hàng đòi kết quả kiểm tra từng lô.',
      ],
    ],
  },
  {
    sector: 'fintech',
    offer: {
      names: [
        'Mô hình chấm điểm tín dụng bằng dữ liệu thay thế',
        'Nền tảng cho vay chuỗi cung ứng',
        'Hệ thống thẩm định tín dụng tự động cho hộ kinh doanh',
      ],
      phrases: [
        'chấm điểm từ lịch sử giao dịch và hoá đơn điện tử',
        'tài trợ khoản phải thu dựa trên đơn hàng của doanh nghiệp đầu chuỗi',
        'quyết định phê duyệt trong 24 giờ',
        'mô hình học máy giải thích được từng yếu tố',
        'kết nối API với ngân hàng và công ty tài chính',
      ],
    },
    needs: [
      [
        'Hộ kinh doanh không vay được vốn ngân hàng',
        'Tiểu thương trong chợ không có báo cáo tài chính, tài sản thế chấp; phải vay lãi cao bên ngoài.',
      ],
      [
        'Nhà cung cấp nhỏ bị chậm thanh toán 90 ngày',
        'Chúng tôi giao rau cho chuỗi siêu thị, được trả tiền sau 3 tháng, thiếu vốn quay vòng mua hàng vụ sau.',
      ],
      [
        'Quỹ tín dụng xét duyệt hồ sơ quá lâu',
        'Quỹ hỗ trợ phụ nữ khởi nghiệp mất hai tuần thẩm định mỗi khoản vay nhỏ, cán bộ phải đến tận nhà.',
      ],
      [
        'Nông dân cần vốn mua vật tư đầu vụ',
        'Hợp tác xã muốn giúp xã viên vay mua phân bón, trả sau thu hoạch, nhưng không biết đánh giá ai đủ tin cậy.',
      ],
    ],
  },
  {
    sector: 'cybersecurity',
    offer: {
      names: [
        'Hệ thống phát hiện xâm nhập mạng dựa trên học máy',
        'Dịch vụ giám sát an ninh mạng SOC',
        'Giải pháp phòng chống mã độc tống tiền',
      ],
      phrases: [
        'phân tích lưu lượng mạng phát hiện hành vi bất thường',
        'sao lưu bất biến và khôi phục nhanh',
        'giám sát 24/7 và phản ứng sự cố',
        'đáp ứng yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ',
        'cảnh báo lừa đảo qua thư điện tử',
      ],
    },
    needs: [
      [
        'Máy chủ kế toán bị mã hoá đòi tiền chuộc',
        'Công ty bị khoá toàn bộ dữ liệu kế toán, phải ngừng xuất hoá đơn một tuần; cần phòng ngừa tái diễn.',
      ],
      [
        'Cổng thông tin của huyện bị chèn nội dung lạ',
        'Trang web cơ quan bị sửa giao diện, chèn quảng cáo cờ bạc, phát hiện muộn khi người dân báo.',
      ],
      [
        'Nhân viên bấm vào thư giả mạo ngân hàng',
        'Nhiều nhân viên nhận thư giả danh ngân hàng, một người đã nhập mật khẩu; không có ai chuyên trách an ninh.',
      ],
      [
        'Bệnh viện phải bảo vệ dữ liệu người bệnh',
        'Hệ thống thông tin bệnh viện cần đạt yêu cầu an toàn cấp độ 3 nhưng không có đội ngũ theo dõi liên tục.',
      ],
    ],
  },
  {
    sector: 'ai',
    offer: {
      names: [
        'Nhận dạng tiếng nói tiếng Việt đa phương ngữ',
        'Tổng đài trả lời tự động bằng giọng nói',
        'Chuyển giọng nói thành văn bản cho biên bản họp',
      ],
      phrases: [
        'nhận dạng giọng Bắc, Trung, Nam với tỉ lệ lỗi từ dưới 8 %',
        'tổng hợp tiếng nói tự nhiên',
        'hiểu ý định người gọi và chuyển đúng bộ phận',
        'ghi biên bản cuộc họp tự động, phân biệt người nói',
        'triển khai trên hạ tầng riêng của khách hàng',
      ],
    },
    needs: [
      [
        'Tổng đài chăm sóc khách hàng quá tải',
        'Công ty điện nước nhận hàng nghìn cuộc gọi mỗi ngày hỏi lịch cắt điện, hoá đơn; khách chờ máy rất lâu.',
      ],
      [
        'Thư ký mất cả ngày gõ lại biên bản họp',
        'Văn phòng HĐND ghi âm các kỳ họp và phải nghe lại để đánh máy biên bản, mất nhiều ngày.',
      ],
      [
        'Người cao tuổi khó dùng ứng dụng',
        'Ngân hàng muốn khách lớn tuổi tra cứu số dư, chuyển tiền bằng lời nói thay vì bấm nhiều màn hình.',
      ],
      [
        'Nông dân hỏi kỹ thuật qua điện thoại',
        'Trung tâm khuyến nông nhận nhiều cuộc gọi hỏi cách trị bệnh cây, cán bộ không nghe hết được.',
      ],
    ],
  },
  {
    sector: 'ai',
    offer: {
      names: [
        'Thị giác máy kiểm tra lỗi bề mặt sản phẩm',
        'Hệ thống phân loại nông sản bằng camera',
        'Kiểm tra chất lượng tự động trên băng chuyền',
      ],
      phrases: [
        'phát hiện vết xước, nứt, lệch màu trên băng chuyền',
        'phân loại theo kích thước, màu sắc, khuyết tật',
        'tốc độ 20 sản phẩm mỗi giây',
        'huấn luyện với ít ảnh mẫu',
        'cánh tay gạt loại bỏ sản phẩm lỗi',
      ],
    },
    needs: [
      [
        'Công nhân soi lỗi gạch men mỏi mắt, sót lỗi',
        'Nhà máy gạch dùng 30 người đứng chuyền nhìn lỗi men, ca đêm sót nhiều, khách trả hàng.',
      ],
      [
        'Phân loại hạt điều thủ công chậm',
        'Cơ sở chế biến điều thuê hàng trăm lao động ngồi lựa hạt vỡ, hạt sâu; năng suất thấp, khó tuyển người.',
      ],
      [
        'Bao bì in lệch bị khách trả về',
        'Xưởng in nhãn phát hiện lỗi in lệch, thiếu màu khi đã giao hàng; kiểm tra bằng mắt không kịp tốc độ máy.',
      ],
      [
        'Chọn trái cây đạt chuẩn xuất khẩu',
        'Kho đóng gói thanh long cần lựa trái theo cỡ và vết bệnh, nhân công thời vụ làm không đều tay.',
      ],
    ],
  },
  {
    sector: 'semiconductor',
    offer: {
      names: [
        'Thiết kế vi mạch điều khiển động cơ không chổi than',
        'Chip SoC tiết kiệm năng lượng cho thiết bị IoT',
        'Vi mạch đo đếm điện năng',
      ],
      phrases: [
        'thiết kế bởi kỹ sư Việt Nam trên tiến trình 55 nm',
        'điều khiển FOC cho động cơ BLDC',
        'tiêu thụ dưới 1 µA ở chế độ ngủ',
        'tích hợp ADC độ phân giải cao đo điện năng',
        'bộ công cụ phát triển và thư viện mã nguồn',
      ],
    },
    needs: [
      [
        'Quạt điện của chúng tôi tốn điện và ồn',
        'Nhà sản xuất quạt trong nước muốn chuyển sang động cơ một chiều tiết kiệm điện, hiện phải nhập bo mạch từ nước ngoài.',
      ],
      [
        'Phụ thuộc linh kiện nhập khẩu cho công tơ điện',
        'Doanh nghiệp sản xuất công tơ bị thiếu chip đo lường trong đợt khan hiếm, dây chuyền dừng hai tháng.',
      ],
      [
        'Thiết bị đeo hết pin quá nhanh',
        'Sản phẩm vòng đeo theo dõi sức khoẻ chỉ dùng được hai ngày, khách hàng chê; cần phần cứng tiêu thụ ít hơn.',
      ],
      [
        'Xe điện hai bánh cần bộ điều khiển trong nước',
        'Hãng xe máy điện muốn nội địa hoá bộ điều khiển động cơ để giảm giá thành và chủ động nguồn cung.',
      ],
    ],
  },
  {
    sector: 'creative',
    offer: {
      names: [
        'Công nghệ số hoá di sản bằng quét 3D và thực tế ảo',
        'Bảo tàng ảo tương tác',
        'Thuyết minh tự động đa ngôn ngữ qua mã QR',
      ],
      phrases: [
        'quét laser và chụp ảnh trắc lượng hiện vật',
        'tham quan ảo 360 độ trên điện thoại',
        'thực tế tăng cường tái hiện công trình cổ',
        'thuyết minh bằng 5 ngôn ngữ',
        'lưu trữ mô hình 3D lâu dài theo chuẩn quốc tế',
      ],
    },
    needs: [
      [
        'Di tích xuống cấp, sợ mất tư liệu',
        'Đình làng hơn 300 năm tuổi có nhiều mảng chạm khắc đang mục; ban quản lý muốn lưu lại hình dạng chính xác trước khi tu bổ.',
      ],
      [
        'Khách du lịch ít dừng lại ở bảo tàng tỉnh',
        'Bảo tàng có hiện vật quý nhưng trưng bày cũ, không có thuyết minh tiếng Anh, khách nước ngoài đi qua nhanh.',
      ],
      [
        'Quảng bá làng nghề gốm tới khách quốc tế',
        'Làng gốm muốn khách xem quy trình làm gốm và sản phẩm từ xa trước khi đến.',
      ],
      [
        'Học sinh chán giờ học lịch sử địa phương',
        'Phòng giáo dục muốn các em được khám phá di tích của tỉnh một cách sinh động ngay trên lớp.',
      ],
    ],
  },
  {
    sector: 'tourism-tech',
    offer: {
      names: [
        'Hệ thống quản lý homestay và kênh đặt phòng',
        'Phần mềm quản lý lưu trú kết nối OTA',
        'Nền tảng đặt tour trải nghiệm cộng đồng',
      ],
      phrases: [
        'đồng bộ phòng trống với các kênh đặt phòng trực tuyến',
        'khai báo lưu trú tự động với công an',
        'thanh toán đặt cọc trực tuyến',
        'đánh giá của khách và quản lý danh tiếng',
        'giao diện tiếng dân tộc và tiếng Việt',
      ],
    },
    needs: [
      [
        'Homestay bị trùng phòng khi khách đặt qua nhiều trang',
        'Bản du lịch cộng đồng có 20 hộ đón khách, nhận đặt qua điện thoại và mạng, thường xếp trùng phòng.',
      ],
      [
        'Khai báo tạm trú cho khách mất thời gian',
        'Chủ nhà nghỉ phải ghi chép và báo tạm trú cho khách mỗi tối bằng tay.',
      ],
      [
        'Khách quốc tế không biết tìm tour của hợp tác xã',
        'Hợp tác xã du lịch có tour trải nghiệm làm lúa, đan lát nhưng chỉ bán được cho khách đi ngang.',
      ],
      [
        'Không thu được tiền cọc, khách huỷ phút chót',
        'Nhiều khách đặt rồi không đến, cơ sở lưu trú nhỏ không có cách nhận cọc trước.',
      ],
    ],
  },
  {
    sector: 'ecommerce',
    offer: {
      names: [
        'Truy xuất nguồn gốc sản phẩm bằng tem QR chống giả',
        'Nền tảng nhật ký canh tác điện tử',
        'Hệ thống định danh lô hàng cho nông sản',
      ],
      phrases: [
        'tem QR mã hoá một lần, phát hiện sao chép',
        'ghi nhật ký canh tác từ gieo trồng đến thu hoạch',
        'liên kết dữ liệu với cổng truy xuất quốc gia',
        'thông tin lô hàng cho người tiêu dùng quét',
        'chống hàng giả trên sàn thương mại điện tử',
      ],
    },
    needs: [
      [
        'Nước mắm bị làm giả nhãn hiệu',
        'Cơ sở nước mắm truyền thống phát hiện sản phẩm nhái bao bì bán tràn lan trên mạng với giá rẻ.',
      ],
      [
        'Siêu thị yêu cầu chứng minh rau an toàn',
        'Hợp tác xã rau muốn vào chuỗi siêu thị nhưng bị yêu cầu cung cấp thông tin quy trình trồng từng lô.',
      ],
      [
        'Sản phẩm OCOP khó tạo niềm tin khi bán online',
        'Người mua trên sàn không phân biệt được hàng OCOP thật của chúng tôi với hàng trôi nổi.',
      ],
      [
        'Đối tác nhập khẩu đòi hồ sơ vùng trồng',
        'Để xuất sầu riêng sang Trung Quốc cần mã vùng trồng và hồ sơ từng lô, chúng tôi đang ghi sổ giấy.',
      ],
    ],
  },
  {
    sector: 'agritech',
    offer: {
      names: [
        'Chế phẩm sinh học Trichoderma phòng bệnh vùng rễ',
        'Phân bón hữu cơ vi sinh từ phụ phẩm',
        'Quy trình ủ phân compost nhanh',
      ],
      phrases: [
        'nấm đối kháng ức chế Phytophthora và Fusarium',
        'ủ rơm rạ, vỏ cà phê thành phân trong 30 ngày',
        'bổ sung vi sinh vật cố định đạm và phân giải lân',
        'giảm 30 % phân bón hoá học',
        'cải tạo đất bạc màu, tăng mùn',
      ],
    },
    needs: [
      [
        'Hồ tiêu chết nhanh, thối rễ hàng loạt',
        'Vườn tiêu 5 năm tuổi bị vàng lá, thối gốc, chết từng chòm dù đã phun thuốc nhiều lần.',
      ],
      [
        'Rơm rạ đốt ngoài đồng gây khói',
        'Sau mỗi vụ lúa nông dân đốt rơm, khói bay vào khu dân cư và đường cao tốc, xã bị nhắc nhở.',
      ],
      [
        'Đất trồng rau ngày càng chai cứng',
        'Vùng rau chuyên canh bón phân hoá học lâu năm, đất bạc màu, năng suất giảm, sâu bệnh nhiều.',
      ],
      [
        'Vỏ cà phê chất đống sau mùa thu hoạch',
        'Nhà máy xay cà phê thải hàng nghìn tấn vỏ mỗi năm, để lâu bốc mùi và gây ô nhiễm nguồn nước.',
      ],
    ],
  },
  {
    sector: 'smart-city',
    offer: {
      names: [
        'Hệ thống chiếu sáng công cộng thông minh',
        'Bộ điều khiển đèn đường từ xa',
        'Đèn LED đường phố có cảm biến',
      ],
      phrases: [
        'điều chỉnh độ sáng theo giờ và lưu lượng người qua lại',
        'phát hiện đèn hỏng và báo về trung tâm',
        'tiết kiệm 40–60 % điện chiếu sáng',
        'điều khiển từng bóng qua mạng không dây',
        'bản đồ trạng thái lưới chiếu sáng',
      ],
    },
    needs: [
      [
        'Tiền điện chiếu sáng đô thị quá lớn',
        'Thị xã trả hàng tỉ đồng mỗi năm cho đèn đường sáng suốt đêm, kể cả khi đường vắng sau nửa đêm.',
      ],
      [
        'Đèn đường hỏng lâu không ai biết',
        'Người dân phản ánh nhiều đoạn tối, đội quản lý phải đi tuần ban đêm để phát hiện bóng cháy.',
      ],
      [
        'Khu công nghiệp muốn chiếu sáng tiết kiệm',
        'Ban quản lý khu công nghiệp có 30 km đường nội bộ, muốn giảm chi phí vận hành chiếu sáng.',
      ],
      [
        'Công viên tối, người dân ngại tập thể dục buổi tối',
        'Công viên trung tâm ít đèn, muốn lắp thêm mà không tăng nhiều tiền điện.',
      ],
    ],
  },
  {
    sector: 'healthtech',
    offer: {
      names: [
        'Vật liệu băng vết thương nano bạc kháng khuẩn',
        'Màng sinh học chitosan điều trị bỏng',
        'Gel lô hội kháng khuẩn cho vết loét',
      ],
      phrases: [
        'hạt nano bạc diệt vi khuẩn kháng thuốc',
        'màng chitosan từ vỏ tôm giữ ẩm vết thương',
        'giảm thời gian lành vết thương 30 %',
        'thay băng ít lần, giảm đau cho người bệnh',
        'đã thử nghiệm lâm sàng tại bệnh viện bỏng',
      ],
    },
    needs: [
      [
        'Người bệnh tiểu đường loét chân lâu lành',
        'Khoa nội tiết có nhiều người bệnh loét bàn chân, thay băng hằng ngày tốn kém mà vết thương vẫn nhiễm trùng.',
      ],
      [
        'Bỏng do tai nạn lao động ở khu công nghiệp',
        'Phòng y tế nhà máy cần vật tư sơ cứu bỏng tốt hơn trước khi chuyển người bị nạn lên tuyến trên.',
      ],
      [
        'Người cao tuổi nằm lâu bị loét tì đè',
        'Viện dưỡng lão chăm sóc cụ già liệt giường, vết loét khó khỏi, điều dưỡng phải thay băng nhiều lần.',
      ],
      [
        'Vật tư băng gạc nhập khẩu quá đắt',
        'Bệnh viện tỉnh chi nhiều cho băng gạc chuyên dụng nhập ngoại, muốn tìm sản phẩm trong nước tương đương.',
      ],
    ],
  },
];
