// Kafka RecordBatch v2, the format Skiff stores on disk and sends on the wire
// (DESIGN.md §7): header.ts is the broker's opaque view of a batch, builder.ts
// and records.ts the client's encoder and decoder, compression.ts the codecs,
// varint.ts the zigzag varints and byte reader/writer under them.
export * from './builder.js';
export * from './compression.js';
export * from './header.js';
export * from './records.js';
export * from './varint.js';
