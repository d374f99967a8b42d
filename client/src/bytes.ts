// Two byte helpers for the client modules that the desktop and the web
// extension share, so that they need neither Node's Buffer nor its crypto
// module (the web extension host has neither).

/** `bytes` random bytes as hex, from the Web Crypto API that Node and browsers both have. */
export function hexNonce(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes of a base64 text. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
