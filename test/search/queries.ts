/**
 * Realistic queries on the bundled data (data/) and what must be among the first five results:
 * a result of that type whose title contains the text (compared without case).
 */
import type { DocType } from "../../src/search/types";

export interface ExpectedQuery {
  q: string;
  type: DocType;
  title: string;
}

export const BUNDLED_QUERIES: readonly ExpectedQuery[] = [
  // Places, old and new, with and without diacritics, variants and typos.
  { q: "krong pa", type: "place", title: "Huyện Krông Pa" },
  { q: "Krông Pa", type: "place", title: "Huyện Krông Pa" },
  { q: "krong pha", type: "place", title: "Huyện Krông Pa" },
  { q: "huyen krongpa", type: "place", title: "Huyện Krông Pa" },
  { q: "dak doa", type: "place", title: "Huyện Đăk Đoa" },
  { q: "Đắk Đoa", type: "place", title: "Huyện Đăk Đoa" },
  { q: "đak đoa", type: "place", title: "Xã Đak Đoa" },
  { q: "quy nhon", type: "place", title: "Thành phố Quy Nhơn" },
  { q: "qui nhon", type: "place", title: "Quy Nhơn" },
  { q: "Quy Nhơn", type: "place", title: "Phường Quy Nhơn" },
  { q: "kbang", type: "place", title: "Huyện KBang" },
  { q: "KBang", type: "place", title: "Xã Kbang" },
  { q: "ia rsai", type: "place", title: "Xã Ia Rsai" },
  { q: "IA RSAI", type: "place", title: "Xã Ia RSai" },
  { q: "pleiku", type: "place", title: "Thành phố Pleiku" },
  { q: "chu rcam", type: "place", title: "Xã Chư Rcăm" },
  { q: "phu tuc", type: "place", title: "Phú Túc" },
  { q: "khanh son", type: "place", title: "Huyện Khánh Sơn" },
  { q: "ninh thuan", type: "place", title: "Tỉnh Ninh Thuận" },
  { q: "tỉnh gia lai", type: "place", title: "Tỉnh Gia Lai" },
  { q: "binh dinh", type: "place", title: "Tỉnh Bình Định" },
  { q: "an khe", type: "place", title: "An Khê" },
  // Plans by number.
  { q: "258/QĐ-UBND", type: "plan", title: "258/QĐ-UBND" },
  { q: "258", type: "plan", title: "258/QĐ-UBND" },
  { q: "quyet dinh 258", type: "plan", title: "258/QĐ-UBND" },
  { q: "44/KH-UBND", type: "plan", title: "44/KH-UBND" },
  { q: "934", type: "plan", title: "934/QĐ-UBND" },
  { q: "283 khanh son", type: "plan", title: "283/KH-UBND" },
  // Agencies, by name and by abbreviation.
  { q: "so thong tin va truyen thong", type: "agency", title: "Sở Thông tin và Truyền thông" },
  { q: "TT&TT gia lai", type: "agency", title: "Sở Thông tin và Truyền thông tỉnh Gia Lai" },
  { q: "BHXH", type: "agency", title: "Bảo hiểm xã hội tỉnh Gia Lai" },
  { q: "bao hiem xa hoi", type: "agency", title: "Bảo hiểm xã hội tỉnh Gia Lai" },
  { q: "KH&CN", type: "agency", title: "Sở Khoa học và Công nghệ" },
  { q: "van phong ubnd tinh", type: "agency", title: "Văn phòng UBND tỉnh Gia Lai" },
  { q: "HĐND krong pa", type: "agency", title: "Văn phòng HĐND và UBND huyện Krông Pa" },
  { q: "phong noi vu krong pa", type: "agency", title: "Phòng Nội vụ huyện Krông Pa" },
  { q: "cong an tinh", type: "agency", title: "Công an tỉnh Gia Lai" },
  // Targets and tasks by their words.
  { q: "15 phút", type: "target", title: "15 phút" },
  { q: "so hoa ket qua", type: "target", title: "số hóa" },
  { q: "hài lòng", type: "target", title: "hài lòng" },
  { q: "hai long", type: "target", title: "hài lòng" },
  { q: "thoi gian cho", type: "target", title: "thời gian chờ" },
  { q: "dvc truc tuyen muc do 4", type: "target", title: "mức độ 4" },
  { q: "big data", type: "task", title: "Big Data" },
  { q: "kien toan bo phan mot cua", type: "task", title: "Kiện toàn Bộ phận Một cửa" },
  { q: "TTHC so hoa", type: "target", title: "thủ tục hành chính" },
  { q: "lien thong dien tu", type: "target", title: "liên thông" },
];
