// Reading rendered HTML back as a tree (parse5's nodes), shared by the HTML
// export and preview tests so each asserts on elements rather than on text.

export interface El {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
}

/** Every element under `node`, in document order. */
export function all(node: El, out: El[] = []): El[] {
  if (node.tagName) out.push(node);
  for (const c of node.childNodes ?? []) all(c, out);
  return out;
}

export const attr = (e: El, name: string): string | undefined => e.attrs?.find((a) => a.name === name)?.value;

/** The text content of an element. */
export const text = (e: El): string => (e.nodeName === '#text' ? e.value! : (e.childNodes ?? []).map(text).join(''));
