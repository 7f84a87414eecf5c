/**
 * Tile-map layout: each unit gets one grid cell near its real position, so the grid keeps the
 * rough shape of the province. Positions come from commune boundaries (a district's position is
 * the mean of its successor communes: an approximation, said so on the map).
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { geoCentroid } from "d3";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";

export type Centroids = Map<string, [lon: number, lat: number]>;

/** Commune code → centroid, from every `geo/*.topo.json` of the data directory. */
export function readCentroids(dataDir: string): Centroids {
  const dir = path.join(dataDir, "geo");
  const out: Centroids = new Map();
  if (!existsSync(dir)) return out;
  for (const file of ["communes-52.topo.json", "communes-56.topo.json", "communes-56-truong-sa.topo.json"]) {
    const p = path.join(dir, file);
    if (!existsSync(p)) continue;
    const topo = JSON.parse(readFileSync(p, "utf8")) as Topology<{ communes: GeometryCollection<{ code: string }> }>;
    const fc = feature(topo, topo.objects.communes);
    for (const f of fc.features) if (f.properties?.code) out.set(f.properties.code, geoCentroid(f) as [number, number]);
  }
  return out;
}

/**
 * Places points on a grid of `columns` columns, nearest free cell first, in order of distance
 * from the centre so the middle stays compact. Deterministic for the same input.
 */
export function gridLayout<T>(items: readonly { item: T; x: number; y: number }[], columns: number): { item: T; row: number; col: number }[] {
  if (items.length === 0) return [];
  const xs = items.map((i) => i.x);
  const ys = items.map((i) => i.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const rows = Math.ceil(items.length / columns) + 1;
  const scaleX = (x: number) => ((x - minX) / (maxX - minX || 1)) * (columns - 1);
  // Latitude grows northwards; rows grow downwards.
  const scaleY = (y: number) => ((maxY - y) / (maxY - minY || 1)) * (rows - 1);
  const taken = new Set<string>();
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const order = [...items].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const placed: { item: T; row: number; col: number }[] = [];
  for (const it of order) {
    const tx = scaleX(it.x);
    const ty = scaleY(it.y);
    let best: { row: number; col: number; d: number } | undefined;
    for (let row = 0; row < rows + 2; row++)
      for (let col = 0; col < columns; col++) {
        if (taken.has(`${row},${col}`)) continue;
        const d = Math.hypot(col - tx, row - ty);
        if (!best || d < best.d - 1e-9) best = { row, col, d };
      }
    if (!best) continue;
    taken.add(`${best.row},${best.col}`);
    placed.push({ item: it.item, row: best.row, col: best.col });
  }
  return placed;
}
