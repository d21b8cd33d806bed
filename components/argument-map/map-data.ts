import type { TArgGraph } from '@/lib/domain/argument';
import type { TMapArgument, TMapClaim } from '@/lib/domain/argument-map';

/**
 * What the map page sends the browser: the debate for layout and filtering, and the strength
 * graph so that "why this score" is explained on demand (hidden arguments arrive without text).
 */
export type TMapData = {
  slug: string;
  title: string;
  claims: TMapClaim[];
  arguments: TMapArgument[];
  graph: TArgGraph;
};
