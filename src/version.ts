// The Skiff version, as package.json states it (test/server/version.test.ts
// keeps the two equal). Reported by the skiff_node_info metric.

export const skiffVersion = '0.1.0';
