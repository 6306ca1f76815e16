// Branded identifiers, so a node id cannot be passed where an offset is expected.

export type NodeId = number & { readonly __brand: 'NodeId' };

export function nodeId(value: number): NodeId {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`invalid node id ${value}`);
  return value as NodeId;
}
