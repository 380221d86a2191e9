/** List items: the bullet or label that opens an item, and the label a numbered or lettered item keeps. */

/** `1. `, `12) `, `a) `, `(b) `, `б) ` */
const LABEL = /^(?:\(?([a-zа-яё])\)|(\d{1,3})[.)])\s+/u;
const BULLET_MARK = /^[•·▪◦●■□‣⁃\-–—]\s+/u;

/** The label of a numbered or lettered item (`7`, `b`), null for a bullet or plain text. */
export function itemLabel(text: string): string | null {
  const m = text.match(LABEL);
  return m ? (m[1] ?? m[2]!) : null;
}

/** The item's text without its bullet or label. */
export const stripBullet = (text: string): string => text.replace(BULLET_MARK, '').replace(LABEL, '');
