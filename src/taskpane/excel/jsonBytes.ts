/**
 * Bytes of a payload as Excel on the web counts them: the UTF-8 length of its JSON. A Chinese character is three
 * bytes, so a roster of names and employers weighs about twice what its string length suggests.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(payload: unknown): number {
  return utf8Bytes(JSON.stringify(payload) ?? '');
}
