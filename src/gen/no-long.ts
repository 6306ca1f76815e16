// Imported before the generated code: makes protobufjs decode 64-bit integers
// as plain numbers instead of Long objects. Skiff keeps offsets, timestamps and
// ids within Number.MAX_SAFE_INTEGER (the log rejects anything larger), and the
// generated types already say `number` (pbjs --force-number).
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
