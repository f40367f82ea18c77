'use strict';
// Lets the C# tests compare their JSON.stringify twin with the real one.
// stdin: { "numbers": ["<IEEE-754 bits as 16 hex digits>", ...], "strings": ["...", ...] }
// stdout: { "numbers": "<JSON.stringify(numbers)>", "strings": "<JSON.stringify(strings)>" }
const fs = require('node:fs');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const view = new DataView(new ArrayBuffer(8));
const numbers = input.numbers.map((hex) => {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
});

process.stdout.write(JSON.stringify({
  numbers: JSON.stringify(numbers),
  strings: JSON.stringify(input.strings),
}));
