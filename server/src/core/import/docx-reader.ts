/** Reading Word documents (stub). */
import type { ReadResult } from './blocks';
export async function readDocx(_bytes: Uint8Array): Promise<ReadResult> {
  return { blocks: [] };
}
