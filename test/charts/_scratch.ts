import { writeFileSync } from "node:fs";
import { onTimeChart } from "../../src/charts/onTime";
import { onlineChart } from "../../src/charts/online";
import { digitizationChart } from "../../src/charts/digitization";
import { satisfactionChart } from "../../src/charts/satisfaction";
import { sparkline } from "../../src/charts/sparkline";
import { tileMap } from "../../src/charts/tileMap";
import * as F from "./fixtures";
const w = Number(process.env.W ?? 640);
const out: Record<string, { svg: string; summary: string }> = {
  ontime: onTimeChart(F.onTimeMonthly, { id: "ontime-637", title: "Kết quả giải quyết hồ sơ — Đăk Đoa", definitionLabel: "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết", granularity: "month", width: w }),
  ontimeq: onTimeChart(F.onTimeQuarterly, { id: "ontime-q", title: "Theo quý", definitionLabel: "Tỷ lệ đúng hạn", granularity: "quarter", width: w }),
  online: onlineChart(F.online, { id: "online-637", title: "Dịch vụ công trực tuyến", granularity: "month", width: w }),
  digitization: digitizationChart(F.digitization, { id: "dig-637", title: "Số hóa", granularity: "month", width: w }),
  satisfaction: satisfactionChart(F.satisfaction, { id: "sat-637", title: "Hài lòng", granularity: "month", width: w }),
  spark: sparkline(F.spark, { id: "spark-637", title: "Đăk Đoa: tỷ lệ đúng hạn", domain: [0, 100] }),
  tiles: tileMap(F.tiles, { id: "tiles-gl", title: "Bản đồ ô", width: w }),
};
for (const [k, v] of Object.entries(out)) { writeFileSync(`/tmp/c-${k}.svg`, v.svg); console.log(k, v.svg.length, "\n  ", v.summary); }
