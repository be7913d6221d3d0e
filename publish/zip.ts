// Zip archives for loaders that make many files at once.
import JSZip from "jszip";

/** `files` stored (PNGs are compressed already), every entry dated `day`: the same files give the same bytes. */
export function zip(files: Map<string, string | Uint8Array>, day: string): Promise<Uint8Array> {
  const archive = new JSZip();
  const date = new Date(`${day}T00:00:00Z`);
  for (const [path, content] of files) archive.file(path, content, { date, createFolders: false });
  return archive.generateAsync({ type: "uint8array", compression: "STORE" });
}
