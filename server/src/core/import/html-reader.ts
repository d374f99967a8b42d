/** Reading HTML (stub). */
import type { ReadResult } from './blocks';
export function readHtml(_html: string): ReadResult {
  return { blocks: [] };
}
