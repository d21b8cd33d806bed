import { describe, expect, it } from 'vitest';
import { convexHull } from '@/lib/domain/opinion';

describe('convexHull', () => {
  it.each([
    {
      name: 'drops an inner point',
      points: [
        [0, 0],
        [2, 0],
        [1, 1],
        [1, 3],
      ],
      hull: [
        [0, 0],
        [2, 0],
        [1, 3],
      ],
    },
    {
      name: 'a square, counter-clockwise from the lowest-left corner',
      points: [
        [1, 1],
        [0, 0],
        [0, 1],
        [1, 0],
      ],
      hull: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
    },
    {
      name: 'drops collinear points',
      points: [
        [0, 0],
        [1, 0],
        [2, 0],
        [1, 2],
      ],
      hull: [
        [0, 0],
        [2, 0],
        [1, 2],
      ],
    },
    {
      name: 'two points stay two',
      points: [
        [3, 1],
        [0, 0],
      ],
      hull: [
        [0, 0],
        [3, 1],
      ],
    },
    {
      name: 'duplicates count once',
      points: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      hull: [[0, 0]],
    },
  ])('$name', ({ points, hull }) => {
    expect(convexHull(points.map(([x, y]) => ({ x: x!, y: y! })))).toEqual(hull.map(([x, y]) => ({ x, y })));
  });
});
