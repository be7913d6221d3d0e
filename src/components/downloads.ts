/**
 * Download buttons for what the reader sees: files made in the page from the current rows and
 * chart, so a filtered view downloads as filtered. Unfiltered charts and tables also exist as
 * static files, linked with plain <a download> so they work without JavaScript.
 */
import { html } from "htl";

interface Download {
  label: string;
  filename: string;
  make(): Blob | Promise<Blob>;
}

const svgBlob = (svg: string) => new Blob([svg], { type: "image/svg+xml" });
// The CSV encoder (and d3-dsv) loads on the first click: most readers never download.
const csvBlob = async (rows: Record<string, unknown>[], columns: string[]) => new Blob([(await import("../shared/csv.js")).toCsv(rows, columns)], { type: "text/csv;charset=utf-8" });
const jsonBlob = (rows: unknown[]) => new Blob([`${JSON.stringify(rows, null, 2)}\n`], { type: "application/json" });

/** The SVG drawn on a canvas at `scale` times its size. */
export async function pngBlob(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Download the chart: SVG · PNG · CSV"; a line breaks after a dot, never before one. */
export function downloadLine(intro: string, actions: Node[]) {
  return html`<p class="downloads">${intro}: ${actions.flatMap((a, i) => (i ? ["\u00a0· ", a] : [a]))}</p>`;
}

function downloadBar(intro: string, downloads: Download[]) {
  const buttons = downloads.map((d) => {
    const button = html`<button type="button" class="download" data-filename=${d.filename}>${d.label}</button>` as HTMLButtonElement;
    button.onclick = async () => save(d.filename, await d.make());
    return button;
  });
  return downloadLine(intro, buttons);
}

const columnsOf = (rows: Record<string, unknown>[]) => Object.keys(rows[0] ?? {});

/** SVG and PNG (2×) of a chart with its furniture, and CSV of the rows behind it. */
export function chartDownloads(name: string, svg: () => string | Promise<string>, rows: Record<string, unknown>[], columns = columnsOf(rows)) {
  return downloadBar("Download the chart", [
    { label: "SVG", filename: `${name}.svg`, make: async () => svgBlob(await svg()) },
    { label: "PNG", filename: `${name}.png`, make: async () => pngBlob(await svg()) },
    { label: "CSV", filename: `${name}.csv`, make: () => csvBlob(rows, columns) },
  ]);
}

/** CSV and JSON of a table's rows, as shown. */
export function tableDownloads(name: string, rows: Record<string, unknown>[], columns = columnsOf(rows)) {
  return downloadBar("Download these rows", [
    { label: "CSV", filename: `${name}.csv`, make: () => csvBlob(rows, columns) },
    { label: "JSON", filename: `${name}.json`, make: () => jsonBlob(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))) },
  ]);
}
