import { describe, expect, it } from "vitest";
import { compactSvg } from "../../src/charts/compact";
import { digitizationChart } from "../../src/charts/digitization";
import { onTimeChart } from "../../src/charts/onTime";
import { tileMap } from "../../src/charts/tileMap";
import { withoutMarkTitles } from "../../src/site/figures/figure";
import { bodyText } from "./assertions";
import * as F from "./fixtures";
import { parseSvg } from "./snapshot";

const svg = (body: string) => `<svg viewBox="0 0 100 100">${body}</svg>`;

describe("compactSvg", () => {
  it("writes stacked bars, given month by month, as one path per colour in the order colours appear", () => {
    const bars =
      '<g stroke="white"><rect fill="#a" height="10" y="90" width="8" x="1"/><rect fill="#b" height="5" y="85" width="8" x="1"/>' +
      '<rect fill="#a" height="20" y="80" width="8" x="11"/><rect fill="#b" height="2.5" y="77.5" width="8" x="11"/></g>';
    expect(compactSvg(svg(bars))).toBe(
      svg('<g stroke="white"><path fill="#a" d="M1,90h8v10h-8ZM11,80h8v20h-8Z"/><path fill="#b" d="M1,85h8v5h-8ZM11,77.5h8v2.5h-8Z"/></g>'),
    );
  });

  it("leaves bars that overlap as they are: merged, an opacity or an even-odd rule would show it", () => {
    const overlapping = '<rect fill="#a" height="10" y="0" width="10" x="0"/><rect fill="#a" height="10" y="5" width="10" x="5"/><rect fill="#b" height="1" y="30" width="1" x="30"/>';
    expect(compactSvg(svg(overlapping))).toBe(svg(overlapping));
  });

  it("drops the outline a bar of no height would get as a subpath: it stays a rect, or adds nothing to its colour's path", () => {
    const stack = '<g stroke="white"><rect fill="#a" height="10" y="90" width="8" x="1"/><rect fill="#b" height="0" y="90" width="8" x="1"/><rect fill="#a" height="5" y="95" width="8" x="11"/><rect fill="#b" height="2" y="93" width="8" x="11"/><rect fill="#c" height="0" y="93" width="8" x="11"/></g>';
    expect(compactSvg(svg(stack))).toBe(
      svg('<g stroke="white"><path fill="#a" d="M1,90h8v10h-8ZM11,95h8v5h-8Z"/><path fill="#b" d="M11,93h8v2h-8Z"/><rect fill="#c" height="0" y="93" width="8" x="11"/></g>'),
    );
  });

  it("counts bars that touch after rounding to hundredths as not overlapping", () => {
    const touching = '<rect fill="#a" height="0.65" y="71.08" width="23" x="69"/><rect fill="#b" height="106.27" y="71.73" width="23" x="69"/><rect fill="#a" height="1" y="0" width="23" x="98"/>';
    expect(compactSvg(svg(touching))).toBe(svg('<path fill="#a" d="M69,71.08h23v0.65h-23ZM98,0h23v1h-23Z"/><rect fill="#b" height="106.27" y="71.73" width="23" x="69"/>'));
  });

  it("leaves rounded, negative or per-bar stroked rectangles as they are", () => {
    for (const odd of [
      '<rect rx="2" height="1" y="0" width="1" x="0"/><rect rx="2" height="1" y="0" width="1" x="5"/>',
      '<rect height="1" y="0" width="-1" x="0"/><rect height="1" y="0" width="-1" x="5"/>',
      '<rect height="1" y="0" width="10%" x="0"/><rect height="1" y="0" width="10%" x="5"/>',
    ]) {
      expect(compactSvg(svg(odd))).toBe(svg(odd));
    }
    // A stroke on each bar: painted in another order the run could look different, so it stays.
    const stroked = '<rect stroke="red" fill="#a" height="1" y="0" width="1" x="0"/><rect fill="#b" height="1" y="0" width="1" x="5"/><rect stroke="red" fill="#a" height="1" y="0" width="1" x="9"/>';
    expect(compactSvg(svg(stroked))).toBe(svg(stroked));
  });

  it("writes grid lines as one unfilled path, horizontal and vertical ones in short form", () => {
    const grid = '<g stroke="currentColor"><line y2="178" y1="178" x2="536" x1="60" /><line y2="0" y1="10" x2="60" x1="60" /><line y2="5" y1="1" x2="7" x1="3" /></g>';
    expect(compactSvg(svg(grid))).toBe(svg('<g stroke="currentColor"><path fill="none" d="M60,178H536M60,10V0M3,1L7,5"/></g>'));
    const marked = '<line marker-end="url(#m)" y2="1" y1="1" x2="5" x1="0"/><line marker-end="url(#m)" y2="2" y1="2" x2="5" x1="0"/>';
    expect(compactSvg(svg(marked))).toBe(svg(marked));
  });

  it("writes axis ticks, each a stroke moved into place, as one path", () => {
    const ticks = '<g stroke="currentColor" fill="none"><path d="M0,0L-6,0" transform="translate(60,178)" /><path d="M0,0L0,6" transform="translate(69,138)" /><path d="M0,0L3,4" transform="translate(1,2)" /></g>';
    expect(compactSvg(svg(ticks))).toBe(svg('<g stroke="currentColor" fill="none"><path d="M60,178h-6M69,138v6M1,2l3,4"/></g>'));
    // Any other path, or a tick with one more attribute, stays.
    const lines = '<path d="M1,2L3,4"/><path d="M0,0L-6,0" transform="translate(60,178)" stroke="red"/>';
    expect(compactSvg(svg(lines))).toBe(svg(lines));
  });

  it("writes a line's dots as round-capped zero-length strokes of the dots' colour and diameter", () => {
    const dots = '<g transform="translate(11.5,0)" fill="#0072b2"><circle r="3" cy="60.45" cx="69"/><circle r="3" cy="49.26" cx="98"/></g>';
    expect(compactSvg(svg(dots))).toBe(
      svg('<g transform="translate(11.5,0)" fill="#0072b2"><path fill="none" stroke="#0072b2" stroke-width="6" stroke-linecap="round" d="M69,60.45h0M98,49.26h0"/></g>'),
    );
    for (const odd of [
      '<g fill="#a" stroke="white"><circle r="3" cy="1" cx="1"/><circle r="3" cy="2" cx="2"/></g>',
      '<g fill="#a"><circle r="3" cy="1" cx="1"/><circle r="4" cy="2" cx="2"/></g>',
      '<g fill="#a" fill-opacity="0.5"><circle r="3" cy="1" cx="1"/><circle r="3" cy="2" cx="2"/></g>',
      '<g><circle r="3" cy="1" cx="1"/><circle r="3" cy="2" cx="2"/></g>',
    ]) {
      expect(compactSvg(svg(odd)), odd).toBe(svg(odd));
    }
  });

  it("places translated labels by x, y and an em offset; texts with spans or rotations stay", () => {
    expect(compactSvg(svg('<text transform="translate(60,178)" y="0.32em">1.000</text><text transform="translate(5,6)" font-weight="bold">A</text>'))).toBe(
      svg('<text x="60" y="178" dy="0.32em">1.000</text><text x="5" y="6" font-weight="bold">A</text>'),
    );
    for (const odd of ['<text transform="rotate(-90)" y="0.32em">A</text>', '<text transform="translate(1,2)"><tspan x="0">A</tspan></text>', '<text transform="translate(1,2)" y="4">A</text>']) {
      expect(compactSvg(svg(odd))).toBe(svg(odd));
    }
  });

  it("shortens real charts, keeps every word, and changes nothing on a second pass", () => {
    const charts: [string, string, number][] = [
      ["on-time", onTimeChart(F.onTimeMonthly, { id: "c1", title: "Đúng hạn", definitionLabel: "Tỷ lệ", granularity: "month" }).svg, 0.8],
      ["digitization", digitizationChart(F.digitization, { id: "c2", title: "Số hóa", granularity: "month" }).svg, 0.8],
      ["tile map", tileMap(F.tiles, { id: "c3", title: "Bản đồ" }).svg, 0.9],
    ];
    for (const [name, titled, ratio] of charts) {
      // As a page carries them (site/figures/figure.ts pageSvg): no per-mark titles.
      const chart = withoutMarkTitles(titled);
      const compact = compactSvg(chart);
      expect(compact.length, name).toBeLessThan(chart.length * ratio);
      expect(bodyText(parseSvg(compact)), name).toBe(bodyText(parseSvg(chart)));
      expect(compactSvg(compact), name).toBe(compact);
    }
  });
});
