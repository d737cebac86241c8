import { describe, expect, it } from 'vitest';
import { placeDots, renderWorldMap, type MapPlace } from './map.js';

const names = (code: string): string => code;

const at = (lat: number, lon: number, i: number): MapPlace => ({ key: `g${i}`, lat, lon });

describe('the map', () => {
  it('stays an image without dots, as before', () => {
    const svg = renderWorldMap(new Map([['NL', 1]]), names);
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('class="m"');
  });

  it('holds a layer for the dots, and says it is a group of links, when there are dots', () => {
    const svg = renderWorldMap(new Map([['NL', 1]]), names, true);
    expect(svg).toContain('role="group"');
    expect(svg).toContain('<g class="m" stroke="none"></g>');
  });

  it('places one dot per group, apart when their cities are apart', () => {
    const cities: Array<[number, number]> = [
      [52.09, 5.12], // Utrecht
      [59.33, 18.07], // Stockholm
      [6.45, 3.39], // Lagos
      [47.61, -122.33], // Seattle
      [12.97, 77.59], // Bengaluru
    ];
    const dots = placeDots(cities.map(([lat, lon], i) => at(lat, lon, i)));
    expect([...dots.keys()]).toEqual(cities.map((_, i) => `g${i}`));
    const found = [...dots.values()];
    for (const [i, dot] of found.entries())
      for (const other of found.slice(i + 1))
        expect(Math.hypot(dot.x - other.x, dot.y - other.y)).toBeGreaterThan(10);
  });

  it('spreads groups of one city around it, and keeps 5,000 of them in a small disc', () => {
    const few = placeDots([0, 1, 2].map((i) => at(52.09, 5.12, i)));
    expect(new Set([...few.values()].map((dot) => `${dot.x},${dot.y}`)).size).toBe(3);
    const many = placeDots(
      Array.from({ length: 5000 }, (_, i) => at(52.09 + (i % 7) * 0.01, 5.12, i)),
    );
    expect(many.size).toBe(5000);
    const dots = [...many.values()];
    const cx = dots.reduce((sum, dot) => sum + dot.x, 0) / dots.length;
    const cy = dots.reduce((sum, dot) => sum + dot.y, 0) / dots.length;
    for (const dot of dots) expect(Math.hypot(dot.x - cx, dot.y - cy)).toBeLessThanOrEqual(19);
  });

  it('gives only finite numbers, which is all a list entry carries', () => {
    for (const dot of placeDots([at(-89.9, 179.9, 0), at(89.9, -179.9, 1), at(0, 0, 2)]).values()) {
      expect(Number.isFinite(dot.x) && Number.isFinite(dot.y)).toBe(true);
    }
  });
});
