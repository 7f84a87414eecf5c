import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
const { document } = parseHTML("<!doctype html><html><body></body></html>");
const data = [{p:"2025-01",v:3,s:"a"},{p:"2025-02",v:NaN,s:"a"},{p:"2025-03",v:5,s:"b"}];
const svg = Plot.plot({ document: document as any, width: 400, height: 200, ariaLabel:"x", ariaDescription:"dd",
  marks: [Plot.barY(data,{x:"p",y:"v",fill:"s", clip: true}), Plot.lineY(data,{x:"p",y:"v"}), Plot.text(data,{x:"p",y:"v",text:"s"})],
  color: {legend: false}});
console.log(svg.outerHTML);
const f = Plot.plot({ document: document as any, width: 400, height: 200, fy: {}, marks: [Plot.lineY(data,{fy:"s",x:"p",y:"v"})], color:{legend:true}});
console.log("\n\n", f.outerHTML);
