import { describe, expect, it } from 'vitest';
import { renderWorldMap, type MapMarker } from './map.js';

const names = (code: string): string => code;

/** The dots' positions, as `translate(x y)` gives them. */
function dots(svg: string): Array<{ x: number; y: number; href: string }> {
  return [...svg.matchAll(/<a href="([^"]*)" transform="translate\(([-\d.]+) ([-\d.]+)\)">/g)].map(
    ([, href = '', x = '', y = '']) => ({ href, x: Number(x), y: Number(y) }),
  );
}

const at = (lat: number, lon: number, i: number): MapMarker => ({
  lat,
  lon,
  href: `groups/g${i}.html`,
  label: `Group ${i}`,
});

describe('the map', () => {
  it('stays an image without markers, as before', () => {
    const svg = renderWorldMap(new Map([['NL', 1]]), names);
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('<a ');
  });

  it('draws one link per group, apart when their cities are apart', () => {
    const cities: Array<[number, number]> = [
      [52.09, 5.12], // Utrecht
      [59.33, 18.07], // Stockholm
      [6.45, 3.39], // Lagos
      [47.61, -122.33], // Seattle
      [12.97, 77.59], // Bengaluru
    ];
    const found = dots(
      renderWorldMap(
        new Map(),
        names,
        cities.map(([lat, lon], i) => at(lat, lon, i)),
      ),
    );
    expect(found.map((dot) => dot.href)).toEqual(cities.map((_, i) => `groups/g${i}.html`));
    for (const [i, dot] of found.entries())
      for (const other of found.slice(i + 1))
        expect(Math.hypot(dot.x - other.x, dot.y - other.y)).toBeGreaterThan(10);
  });

  it('spreads groups of one city around it, and keeps 5,000 of them in a small disc', () => {
    const few = dots(
      renderWorldMap(
        new Map(),
        names,
        [0, 1, 2].map((i) => at(52.09, 5.12, i)),
      ),
    );
    expect(new Set(few.map((dot) => `${dot.x},${dot.y}`)).size).toBe(3);
    const many = dots(
      renderWorldMap(
        new Map(),
        names,
        Array.from({ length: 5000 }, (_, i) => at(52.09 + (i % 7) * 0.01, 5.12, i)),
      ),
    );
    expect(many).toHaveLength(5000);
    expect(new Set(many.map((dot) => dot.href)).size).toBe(5000);
    const cx = many.reduce((sum, dot) => sum + dot.x, 0) / many.length;
    const cy = many.reduce((sum, dot) => sum + dot.y, 0) / many.length;
    for (const dot of many) expect(Math.hypot(dot.x - cx, dot.y - cy)).toBeLessThanOrEqual(19);
  });

  it('escapes the label and the link', () => {
    const svg = renderWorldMap(new Map(), names, [
      { lat: 52, lon: 5, href: 'groups/"x".html', label: '<img src=x onerror=alert(1)>' },
    ]);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('href="groups/&quot;x&quot;.html"');
  });
});
