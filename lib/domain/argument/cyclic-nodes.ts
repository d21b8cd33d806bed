/**
 * Marks the nodes that lie on a cycle of a directed graph given as adjacency lists in CSR form
 * (node v's successors are `next[start[v]] .. next[start[v + 1] − 1]`): the members of strongly
 * connected components with more than one node, and nodes with a self-loop. Tarjan's algorithm,
 * O(V + E), written with an explicit stack so that a 2,000-deep chain cannot overflow the call stack.
 *
 * @example
 * // 0 → 1 → 0, 1 → 2
 * cyclicNodes(3, Int32Array.of(0, 1, 3, 3), Int32Array.of(1, 0, 2)); // Uint8Array [1, 1, 0]
 */
export function cyclicNodes(count: number, start: Int32Array, next: Int32Array): Uint8Array {
  const order = new Int32Array(count).fill(-1); // discovery index, −1 = unvisited
  const low = new Int32Array(count);
  const cursor = new Int32Array(count); // next successor to look at, per node
  const isOnStack = new Uint8Array(count);
  const isCyclic = new Uint8Array(count);
  const component: number[] = [];
  const path: number[] = [];
  let counter = 0;

  const visit = (v: number): void => {
    order[v] = counter;
    low[v] = counter;
    counter += 1;
    cursor[v] = start[v] ?? 0;
    component.push(v);
    isOnStack[v] = 1;
    path.push(v);
  };

  for (let root = 0; root < count; root += 1) {
    if ((order[root] ?? 0) !== -1) continue;
    visit(root);
    while (path.length > 0) {
      const v = path[path.length - 1] ?? 0;
      const at = cursor[v] ?? 0;
      if (at < (start[v + 1] ?? 0)) {
        cursor[v] = at + 1;
        const w = next[at] ?? 0;
        if (w === v) isCyclic[v] = 1;
        if ((order[w] ?? 0) === -1) visit(w);
        else if (isOnStack[w]) low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] !== order[v]) continue;
      // v is the root of a strongly connected component: pop it off.
      const from = component.lastIndexOf(v);
      const members = component.splice(from);
      for (const m of members) {
        isOnStack[m] = 0;
        if (members.length > 1) isCyclic[m] = 1;
      }
    }
  }
  return isCyclic;
}
