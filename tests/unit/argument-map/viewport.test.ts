import { describe, expect, it } from 'vitest';
import { containsRect, layoutMap, neighbourId, viewportRect, visibleIn } from '@/lib/domain/argument-map';
import { SMALL_MAP_DEBATE } from './small-map-debate';

const map = layoutMap(SMALL_MAP_DEBATE);

describe('viewport culling', () => {
  it('turns a transform into the map rectangle on screen, with overscan', () => {
    expect(viewportRect({ x: -100, y: -30, k: 2 }, { width: 800, height: 600 })).toEqual({ x: 50, y: 15, width: 400, height: 300 });
    expect(viewportRect({ x: 0, y: 0, k: 1 }, { width: 100, height: 100 }, 0.5)).toEqual({ x: -50, y: -50, width: 200, height: 200 });
    expect(containsRect({ x: 0, y: 0, width: 10, height: 10 }, { x: 1, y: 1, width: 5, height: 5 })).toBe(true);
    expect(containsRect({ x: 0, y: 0, width: 10, height: 10 }, { x: 6, y: 1, width: 5, height: 5 })).toBe(false);
  });

  it('draws everything when the whole map is in view, and only the top band when zoomed in there', () => {
    const all = visibleIn(map, { x: 0, y: 0, width: map.width, height: map.height });
    expect(all.nodes).toHaveLength(map.nodes.length);
    expect(all.edges).toHaveLength(map.edges.length);
    const c3 = map.byId.get('c3')!;
    const top = visibleIn(map, { x: 0, y: 0, width: map.width, height: c3.box.y - 1 });
    expect(top.nodes.map((n) => n.id)).not.toContain('c3');
    expect(top.nodes.map((n) => n.id)).toContain('c1');
    expect(top.edges.map((e) => e.from)).not.toContain('s3');
  });
});

describe('keyboard movement', () => {
  it.each([
    ['c1', 'ArrowDown', 's1'],
    ['s2', 'ArrowDown', 'u1'],
    ['s1', 'ArrowUp', 'c1'],
    ['c1', 'ArrowUp', null],
    ['c1', 'ArrowRight', 's1'],
    ['r1', 'ArrowRight', 'r2'],
    ['r2', 'ArrowLeft', 'r1'],
    ['c2', 'ArrowLeft', null],
    ['r2', 'Home', 'c1'],
    ['c1', 'End', 's3'],
    ['c1', 'x', null],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(neighbourId(map, from, key)).toBe(to);
  });
});
