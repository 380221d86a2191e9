'use strict';
// pdf.js (pdfjs-dist 5, in Node) takes DOMMatrix, ImageData and Path2D from
// @napi-rs/canvas when it loads and builds one DOMMatrix at once; it uses
// them only to draw on a canvas, which osce-pipeline never does. Anything
// that tries to draw fails loudly here rather than drawing nothing.
const NOT_HERE = 'osce-pipeline does not render PDF pages (@napi-rs/canvas is replaced by a stub)';

class DOMMatrix {
  constructor() {
    Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 });
  }
}
class ImageData {
  constructor() {
    throw new Error(NOT_HERE);
  }
}
class Path2D {
  constructor() {
    throw new Error(NOT_HERE);
  }
}
function createCanvas() {
  throw new Error(NOT_HERE);
}

module.exports = { DOMMatrix, ImageData, Path2D, createCanvas };
