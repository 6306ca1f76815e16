// The generated protobuf code (src/gen/proto.js, from proto/*.proto by
// `npm run proto`), with 64-bit integers as numbers. Import messages from here.
import './no-long.js';

export { skiff } from './proto.js';
