// Thumbnails from a run's sprite sheet (`/thumbnails`, geometry in run_info.thumbnails): one Image per run, tiles
// drawn onto canvases without smoothing, so an enlarged thumbnail shows the probe image's own pixels.

import type { ApiClient } from "../api";
import type { RunInfo } from "../types";

export interface SpriteGeometry {
  size: number;
  columns: number;
  count: number;
}

const sprites = new Map<string, Promise<HTMLImageElement>>();

/** The run's sprite sheet, loaded once. */
export function loadSprite(api: ApiClient, run: string): Promise<HTMLImageElement> {
  let p = sprites.get(run);
  if (!p) {
    p = new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => {
        sprites.delete(run);
        reject(new Error(`no thumbnails for run ${run}`));
      };
      img.src = api.thumbnailsUrl(run);
    });
    sprites.set(run, p);
  }
  return p;
}

export function geometry(info: RunInfo | null): SpriteGeometry | null {
  const t = info?.thumbnails;
  return t && t.size > 0 && t.columns > 0 ? { size: t.size, columns: t.columns, count: t.count } : null;
}

/** Top-left corner of instance `id`'s tile in the sprite (row-major). */
export function tileOrigin(g: SpriteGeometry, id: number): [number, number] {
  return [(id % g.columns) * g.size, Math.floor(id / g.columns) * g.size];
}

/**
 * A canvas of `px` × `px` CSS pixels showing instance `id`'s thumbnail (nearest-neighbour enlarged), drawn when the
 * sprite has loaded. The canvas's backing store is a whole multiple of the tile size.
 */
export function thumbnailCanvas(api: ApiClient, run: string, info: RunInfo | null, id: number, px: number, cls = "tbt-inst-thumb"): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.className = cls;
  c.dataset.id = String(id);
  const g = geometry(info);
  const scale = g ? Math.max(1, Math.round(px / g.size)) : 1;
  c.width = g ? g.size * scale : px;
  c.height = g ? g.size * scale : px;
  c.style.width = `${px}px`;
  c.style.height = `${px}px`;
  if (!g || id < 0 || id >= g.count) return c;
  void loadSprite(api, run)
    .then((img) => {
      const ctx = c.getContext("2d");
      if (!ctx) return;
      ctx.imageSmoothingEnabled = false;
      const [sx, sy] = tileOrigin(g, id);
      ctx.drawImage(img, sx, sy, g.size, g.size, 0, 0, c.width, c.height);
      c.dataset.drawn = "true";
    })
    .catch(() => c.classList.add("tbt-inst-thumb-missing"));
  return c;
}
